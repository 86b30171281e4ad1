package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A werkplaats's website reduced to the origin browsers send, the one derivation CORS and
 * Keycloak's browser clients share; and which development origins each profile admits.
 */
class WebOriginsTests {

	@Test
	void aWebsiteIsReducedToSchemeHostAndPort() {
		assertThat(WebOrigins.of("https://werkplaats-online-ondernemen.example.nl/mkb/"))
			.hasValue("https://werkplaats-online-ondernemen.example.nl");
		assertThat(WebOrigins.of("HTTPS://Www.Example.NL/pad?x=1#y")).hasValue("https://www.example.nl");
		assertThat(WebOrigins.of("https://example.nl:443/")).hasValue("https://example.nl");
		assertThat(WebOrigins.of("http://example.nl:80")).hasValue("http://example.nl");
		assertThat(WebOrigins.of("https://example.nl:8443/app")).hasValue("https://example.nl:8443");
		assertThat(WebOrigins.of("http://localhost:5173")).hasValue("http://localhost:5173");
		assertThat(WebOrigins.of("https://user:secret@example.nl/")).hasValue("https://example.nl");
		assertThat(WebOrigins.of(" https://example.nl ")).hasValue("https://example.nl");
	}

	@Test
	void whatIsNoAbsoluteHttpUrlHasNoOrigin() {
		for (String text : new String[] { null, "", "  ", "example.nl", "/mkb", "ftp://example.nl",
				"mailto:info@example.nl", "https://", "https://exa mple.nl", "javascript:alert(1)" }) {
			assertThat(WebOrigins.of(text)).as("'%s'", text).isEmpty();
		}
	}

	@Test
	void aWerkplaatsHasTheOriginsOfItsWebsiteAndCustomDomainOnce() {
		assertThat(WebOrigins.ofWerkplaats("https://www.twente.example.nl/digitaal", "api.twente.example.nl"))
			.containsExactly("https://www.twente.example.nl", "https://api.twente.example.nl");
		assertThat(WebOrigins.ofWerkplaats("https://Twente.example.nl/", "twente.example.nl"))
			.containsExactly("https://twente.example.nl");
		assertThat(WebOrigins.ofWerkplaats(null, null)).isEmpty();
		assertThat(WebOrigins.ofWerkplaats("not a url", null)).isEmpty();
	}

	@Test
	void localDevelopmentOriginsAreAdmittedLocallyAndNowhereElse() throws IOException {
		assertThat(developmentOrigins("application-local.yaml")).containsExactly("http://localhost:[*]",
				"http://127.0.0.1:[*]");
		assertThat(developmentOrigins("application.yaml")).isEmpty();
		assertThat(developmentOrigins("application-production.yaml")).isEmpty();
	}

	private static List<String> developmentOrigins(String file) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
			.forEach(environment.getPropertySources()::addLast);
		return Binder.get(environment)
			.bind("werkplaats.cors.development-origins", Bindable.listOf(String.class))
			.orElse(List.of());
	}

}
