package nl.werkplaatsen.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import nl.werkplaatsen.platform.tenancy.WebOrigins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo werkplaats with a browser frontend has its {@code -web} client in the demo
 * realm as onboarding would make it: public, authorization code with PKCE (S256) and no
 * password grant, signing in from exactly its website's and custom domain's origins and
 * from localhost while a frontend is developed.
 */
class DemoBrowserClientsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theFeaturedWerkplaatsenHaveTheirBrowserClientsInTheDemoRealm() throws IOException {
		JsonNode realm = JSON
			.readTree(Path.of(System.getProperty("realm.file", "../infra/keycloak/werkplaatsen-realm.json")).toFile());
		JsonNode werkplaatsen;
		try (InputStream in = new ClassPathResource("demo/werkplaatsen.json").getInputStream()) {
			werkplaatsen = JSON.readTree(in).get("werkplaatsen");
		}
		List<String> checked = new ArrayList<>();
		for (JsonNode werkplaats : werkplaatsen) {
			JsonNode browserClients = werkplaats.get("browserClients");
			if (browserClients == null) {
				continue;
			}
			String slug = werkplaats.get("slug").asString();
			assertThat(browserClients).extracting(JsonNode::asString).containsExactly(slug + "-web");
			JsonNode client = clientOf(realm, slug + "-web");
			assertThat(client.get("publicClient").asBoolean()).isTrue();
			assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
			assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
			assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
			assertThat(client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
			JsonNode branding = werkplaats.get("branding");
			List<String> origins = WebOrigins.ofWerkplaats(branding.get("website").asString(),
					branding.has("customDomain") ? branding.get("customDomain").asString() : null);
			List<String> webOrigins = new ArrayList<>();
			client.get("webOrigins").forEach((origin) -> webOrigins.add(origin.asString()));
			List<String> redirects = new ArrayList<>();
			client.get("redirectUris").forEach((uri) -> redirects.add(uri.asString()));
			assertThat(webOrigins).filteredOn((origin) -> !origin.startsWith("http://localhost"))
				.containsExactlyElementsOf(origins);
			assertThat(redirects).containsAll(origins.stream().map((origin) -> origin + "/*").toList())
				.contains("http://localhost:*");
			checked.add(slug);
		}
		assertThat(checked).containsExactlyInAnyOrder("mkb-digital-workspace", "werkplaats-online-ondernemen",
				"digitale-werkplaats-twente");
	}

	private static JsonNode clientOf(JsonNode realm, String clientId) {
		for (JsonNode client : realm.get("clients")) {
			if (client.get("clientId").asString().equals(clientId)) {
				return client;
			}
		}
		throw new AssertionError("No client " + clientId + " in the demo realm");
	}

}
