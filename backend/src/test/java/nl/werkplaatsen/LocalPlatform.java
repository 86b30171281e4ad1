package nl.werkplaatsen;

import org.springframework.boot.SpringApplication;

import nl.werkplaatsen.support.TestPostgres;

/**
 * The platform for local use ({@code infra/run-local.sh}): on embedded PostgreSQL unless
 * {@code WERKPLAATS_DB_URL} names a database, with the local profile's GraphiQL and demo
 * data.
 */
public final class LocalPlatform {

	private LocalPlatform() {
	}

	public static void main(String[] args) {
		if (System.getenv("WERKPLAATS_DB_URL") == null) {
			TestPostgres.Database database = TestPostgres.database();
			System.setProperty("spring.datasource.url", database.url());
			System.setProperty("spring.datasource.username", TestPostgres.APP);
			System.setProperty("spring.datasource.password", TestPostgres.APP);
			System.setProperty("spring.liquibase.user", TestPostgres.OWNER);
			System.setProperty("spring.liquibase.password", TestPostgres.OWNER);
		}
		SpringApplication.from(WerkplaatsPlatformApplication::main).withAdditionalProfiles("local").run(args);
	}

}
