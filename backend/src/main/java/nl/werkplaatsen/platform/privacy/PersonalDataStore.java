package nl.werkplaatsen.platform.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one module keeps about a person, found by their email address in every werkplaats:
 * shown to the privacy desk, and erased on request. Stores erase in their order (lowest
 * first), so a store that finds the person through another's records (an intake through
 * its contact) runs before that one.
 */
public interface PersonalDataStore extends Ordered {

	/** The store's name in an export, e.g. {@code intakes}. */
	String name();

	/** The type of its records as the audit log names it, e.g. {@code Intake}. */
	String entityType();

	/** Everything the store keeps about the address, as JSON-ready records with an id. */
	List<Map<String, Object>> export(String email);

	/**
	 * Erases what the store keeps about the address and returns how many records it
	 * touched. Personal details and free texts go; the anonymous facts the KPIs count
	 * stay, and an address that identifies a record becomes the pseudonym, the same for
	 * every record of the person.
	 */
	int erase(String email, String pseudonym);

	/**
	 * A store backed by the module's two SQL functions {@code <prefix>_personal_data} and
	 * {@code <prefix>_erase_personal_data}, which run with owner rights for the privacy
	 * desk only.
	 */
	abstract class Sql implements PersonalDataStore {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final JdbcClient jdbc;

		private final String name;

		private final String prefix;

		private final int order;

		private final String entityType;

		protected Sql(JdbcClient jdbc, String name, String entityType, String prefix, int order) {
			this.jdbc = jdbc;
			this.name = name;
			this.entityType = entityType;
			this.prefix = prefix;
			this.order = order;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public String entityType() {
			return this.entityType;
		}

		@Override
		public int getOrder() {
			return this.order;
		}

		@Override
		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> export(String email) {
			String json = this.jdbc.sql("select cast(" + this.prefix + "_personal_data(:email) as text)")
				.param("email", email)
				.query(String.class)
				.single();
			return JSON.readValue(json, List.class);
		}

		@Override
		public int erase(String email, String pseudonym) {
			return this.jdbc.sql("select " + this.prefix + "_erase_personal_data(:email, :pseudonym)")
				.param("email", email)
				.param("pseudonym", pseudonym)
				.query(Integer.class)
				.single();
		}

	}

}
