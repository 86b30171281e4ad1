package nl.werkplaatsen.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers a werkplaats straight in the platform's tenant registry, for module tests
 * that run without the werkplaats module and its demo data.
 */
public final class TestWerkplaatsen {

	private TestWerkplaatsen() {
	}

	/** A new active werkplaats whose slug starts with the prefix. */
	public static Registered register(JdbcClient jdbc, String prefix) {
		UUID id = UUID.randomUUID();
		String slug = prefix + "-" + Long.toHexString(id.getMostSignificantBits() & 0xffffffL);
		jdbc.sql("insert into werkplaats (id, slug, name) values (?, ?, ?)")
			.params(id, slug, "Werkplaats " + slug)
			.update();
		return new Registered(id, slug);
	}

	/**
	 * A registered werkplaats.
	 *
	 * @param id its id
	 * @param slug its slug
	 */
	public record Registered(UUID id, String slug) {
	}

}
