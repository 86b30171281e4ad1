package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national KVK register: registers a business once, and finds the records the current
 * actor may see (national roles: all; a werkplaats: those its intakes name).
 */
@Service
public class OrganisationRegister {

	private final OrganisationRepository organisations;

	private final JdbcClient jdbc;

	OrganisationRegister(OrganisationRepository organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/**
	 * The id of the record for this KVK number: a new one with these details, or the
	 * existing one unchanged. Runs in the caller's transaction.
	 */
	@Transactional
	public UUID register(Registration registration) {
		return this.jdbc.sql("""
				select organisation_register(cast(:kvk as varchar), cast(:name as varchar),
				  cast(:sbiSection as varchar), cast(:sbiCode as varchar), cast(:sizeClass as varchar),
				  cast(:phase as varchar), cast(:street as varchar), cast(:postcode as varchar), cast(:city as varchar),
				  cast(:gemeente as varchar), cast(:province as varchar), cast(:maturity as varchar))""")
			.param("kvk", registration.kvkNumber())
			.param("name", registration.name())
			.param("sbiSection", registration.sbiSection())
			.param("sbiCode", registration.sbiCode())
			.param("sizeClass", name(registration.sizeClass()))
			.param("phase", name(registration.phase()))
			.param("street", registration.street())
			.param("postcode", registration.postcode())
			.param("city", registration.city())
			.param("gemeente", registration.gemeente())
			.param("province", name(registration.province()))
			.param("maturity", name(registration.digitalMaturity()))
			.query(UUID.class)
			.single();
	}

	/**
	 * Corrects the registered name of an organisation the caller's werkplaats reaches
	 * through its intakes; false when it reaches no such organisation.
	 */
	@Transactional
	public boolean correctName(UUID organisationId, String name) {
		return Boolean.TRUE.equals(this.jdbc.sql("select organisation_correct_name(:id, cast(:name as varchar))")
			.param("id", organisationId)
			.param("name", name)
			.query(Boolean.class)
			.single());
	}

	/** The registered name of the organisation with this id, if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID id) {
		return this.organisations.findById(id).map(Organisation::getName);
	}

	/**
	 * The target-group facts of the organisation with this id, if the actor may see it.
	 */
	@Transactional(readOnly = true)
	public Optional<MatchableOrganisation> matchable(UUID id) {
		return this.organisations.findById(id).map(MatchableOrganisation::of);
	}

	/**
	 * The records with these ids that the current actor may see, by id, as the API shows
	 * them: for another module's field of type {@code Organisation}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, OrganisationNode> nodes(Collection<UUID> ids) {
		return this.organisations.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.<OrganisationNode>identity()));
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
