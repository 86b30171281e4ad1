package nl.werkplaatsen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Werkplaats Platform: one national, multi-tenant GraphQL API for the Dutch Digitale
 * Werkplaatsen.
 */
@SpringBootApplication
public class WerkplaatsPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(WerkplaatsPlatformApplication.class, args);
	}

}
