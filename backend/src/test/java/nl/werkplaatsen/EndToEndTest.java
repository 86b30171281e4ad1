package nl.werkplaatsen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.werkplaatsen.support.KeycloakServer;
import nl.werkplaatsen.support.TestDatabaseConfiguration;

/**
 * The platform as a frontend meets it: a real HTTP server, real Keycloak tokens from the
 * imported demo realm (issuer, signature and audience checked), the platform's service
 * account administering that realm, and the demo data. One application context for every
 * end-to-end test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "werkplaats.demo.enabled=true", "management.server.port=0",
				"werkplaats.keycloak.admin.client-secret=platform-admin-demo-secret",
				// The soak sends thousands of requests a minute per caller: above any
				// budget a real caller gets, so these run but never refuse.
				"werkplaats.rate-limits.anonymous-per-minute=1000000",
				"werkplaats.rate-limits.person-per-minute=1000000",
				"werkplaats.rate-limits.client-per-minute=1000000" })
// Boot's tests switch metrics export off unless asked; the Prometheus endpoint is under
// test here.
@AutoConfigureMetrics
@Import(TestDatabaseConfiguration.class)
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
abstract class EndToEndTest {

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> KeycloakServer.get().issuer());
		registry.add("werkplaats.keycloak.admin.realm-url", () -> KeycloakServer.get().realmUrl());
	}

	HttpResponse<String> post(String token, String werkplaats, String query, Map<String, Object> variables)
			throws IOException, InterruptedException {
		return post(token, werkplaats, query, variables, Map.of());
	}

	HttpResponse<String> post(String token, String werkplaats, String query, Map<String, Object> variables,
			Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (werkplaats != null) {
			request.header("Werkplaats", werkplaats);
		}
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
