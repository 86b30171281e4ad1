package nl.werkplaatsen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Werkplaats Platform: one national, multi-tenant GraphQL API for the Dutch Digitale
 * Werkplaatsen.
 */
@SpringBootApplication
public class WerkplaatsPlatformApplication {

	/**
	 * Set by a deployment's migration job: the context starts (Liquibase migrates as the
	 * owner role, Hibernate validates the mapping) and the process exits.
	 */
	static final String MIGRATE_ONLY = "werkplaats.migrate-only";

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(WerkplaatsPlatformApplication.class, args);
		if (context.getEnvironment().getProperty(MIGRATE_ONLY, Boolean.class, false)) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
