package nl.werkplaatsen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.werkplaatsen.support.KeycloakServer;
import nl.werkplaatsen.support.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as a frontend meets it, with real Keycloak tokens: tenancy, operations
 * endpoints, logs and request ids.
 */
class KeycloakEndToEndTests extends EndToEndTest {

	private static final String MENU = """
			query($slug: String!) { werkplaats(slug: $slug) { offers(first: 100, includeDrafts: true) { nodes { id status } } } }""";

	@LocalManagementPort
	int managementPort;

	@Test
	void aCoordinatorCreatesOffersForTheirOwnWerkplaatsOnly() throws Exception {
		String token = KeycloakServer.get().passwordToken("digitale-werkplaats-twente-coordinator");
		String create = """
				mutation($input: OfferCreateInput!) { offerCreate(input: $input) {
				  offer { werkplaats { slug } } userErrors { code } } }""";

		HttpResponse<String> created = post(token, null, create, Map.of("input", Map.of("title", "E2E: AI-quickscan")));
		HttpResponse<String> otherWerkplaats = post(token, "werkplaats-online-ondernemen", create,
				Map.of("input", Map.of("title", "E2E: ondergeschoven")));

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(created.body(), "$.data.offerCreate.offer.werkplaats.slug"))
			.isEqualTo("digitale-werkplaats-twente");
		assertThat(otherWerkplaats.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<List<String>>read(otherWerkplaats.body(), "$.errors[*].extensions.classification"))
			.containsExactly("FORBIDDEN");
	}

	@Test
	void aCoordinatorCannotUpdateAnotherWerkplaatsOffer() throws Exception {
		String wooToken = KeycloakServer.get().clientToken("werkplaats-online-ondernemen-frontend", "demo-secret");
		String wooOffer = JsonPath.read(
				post(wooToken, null, MENU, Map.of("slug", "werkplaats-online-ondernemen")).body(),
				"$.data.werkplaats.offers.nodes[0].id");
		String twenteToken = KeycloakServer.get().passwordToken("digitale-werkplaats-twente-coordinator");

		HttpResponse<String> response = post(twenteToken, null,
				"""
						mutation($input: OfferUpdateInput!) { offerUpdate(input: $input) { offer { id } userErrors { code } } }""",
				Map.of("input", Map.of("id", wooOffer, "title", "Gekaapt")));

		assertThat(response.statusCode()).isLessThan(500);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].extensions.classification"))
			.containsExactly("NOT_FOUND");
	}

	@Test
	void aFrontendClientSeesItsOwnDraftsButNotAnotherWerkplaatsDrafts() throws Exception {
		String token = KeycloakServer.get().clientToken("werkplaats-online-ondernemen-frontend", "demo-secret");

		List<String> own = JsonPath.read(post(token, null, MENU, Map.of("slug", "werkplaats-online-ondernemen")).body(),
				"$.data.werkplaats.offers.nodes[*].status");
		List<String> twente = JsonPath.read(
				post(token, null, MENU, Map.of("slug", "digitale-werkplaats-twente")).body(),
				"$.data.werkplaats.offers.nodes[*].status");

		assertThat(own).contains("DRAFT", "PUBLISHED");
		assertThat(twente).isNotEmpty().containsOnly("PUBLISHED");
	}

	@Test
	void theNetworkCoordinatorRealmRoleReadsEveryTeam() throws Exception {
		String token = KeycloakServer.get().passwordToken("network-coordinator");

		HttpResponse<String> response = post(token, null,
				"{ werkplaats(slug: \"werkplaats-online-ondernemen\") { team(first: 10) { totalCount } } }", Map.of());

		assertThat(JsonPath.<Integer>read(response.body(), "$.data.werkplaats.team.totalCount")).isPositive();
	}

	@Test
	void aTamperedOrMissingTokenIsRefused() throws Exception {
		String token = KeycloakServer.get().passwordToken("digitale-werkplaats-twente-admin");
		String tampered = token.substring(0, token.length() - 4) + "AAAA";

		assertThat(post(tampered, null, "{ werkplaatsen { totalCount } }", Map.of()).statusCode()).isEqualTo(401);
		HttpResponse<String> anonymousMutation = post(null, null, """
				mutation($input: OfferCreateInput!) { offerCreate(input: $input) { offer { id } } }""",
				Map.of("input", Map.of("title", "Anoniem")));
		assertThat(JsonPath.<List<String>>read(anonymousMutation.body(), "$.errors[*].extensions.classification"))
			.containsExactly("UNAUTHORIZED");
	}

	@Test
	void livenessIgnoresTheDatabaseReadinessChecksItAndMetricsCountRequestsPerWerkplaats() throws Exception {
		String token = KeycloakServer.get().clientToken("digitale-werkplaats-twente-frontend", "demo-secret");
		post(token, null, "{ werkplaatsen { totalCount } }", Map.of());

		HttpResponse<String> liveness = management("/actuator/health/liveness");
		HttpResponse<String> readiness = management("/actuator/health/readiness");
		HttpResponse<String> metrics = management("/actuator/prometheus");

		assertThat(List.of(liveness.statusCode(), readiness.statusCode(), metrics.statusCode())).containsExactly(200,
				200, 200);

		assertThat(JsonPath.<String>read(liveness.body(), "$.status")).isEqualTo("UP");
		assertThat(liveness.body()).doesNotContain("\"db\"");
		assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("UP");
		assertThat(metrics.body()).contains("werkplaats_requests_total{caller=\"FRONTEND_CLIENT\"")
			.contains("werkplaats=\"digitale-werkplaats-twente\"")
			.doesNotContain("5eed0000");
	}

	@Test
	void theAccessLogIsAJsonLineWithTheRequestIdAndTheWerkplaats(CapturedOutput output) throws Exception {
		String token = KeycloakServer.get().clientToken("digitale-werkplaats-twente-frontend", "demo-secret");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("X-Request-Id", "trace-access-77")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ werkplaatsen { totalCount } }\"}"))
			.build();

		this.http.send(request, HttpResponse.BodyHandlers.ofString());

		String line = org.awaitility.Awaitility.await()
			.until(() -> output.getOut()
				.lines()
				.filter((candidate) -> candidate.contains("trace-access-77")
						&& candidate.contains("nl.werkplaatsen.access"))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		Map<String, Object> json = this.json.readValue(line, Map.class);
		assertThat(json).containsEntry("requestId", "trace-access-77")
			.containsEntry("werkplaats", "digitale-werkplaats-twente");
		assertThat((String) json.get("message")).startsWith("POST /graphql 200 ");
		assertThat(line).doesNotContain(token);
	}

	@Test
	void aRemovedMembersOwnValidTokenIsRefusedOnTheNextRequest(
			@org.springframework.beans.factory.annotation.Autowired nl.werkplaatsen.team.TeamDirectory teams,
			@org.springframework.beans.factory.annotation.Autowired nl.werkplaatsen.werkplaats.WerkplaatsDirectory werkplaatsen)
			throws Exception {
		// A second membership for the demo expert, in a werkplaats the other tests leave
		// alone.
		var limburg = werkplaatsen.findBySlug("mkb-datalab-limburg").orElseThrow();
		var membership = nl.werkplaatsen.platform.tenancy.Tenancy
			.callAs(nl.werkplaatsen.platform.tenancy.Actor.PLATFORM,
					() -> teams.addMember(limburg.id(), limburg.slug(), "5eed0000-0000-4000-8000-000000000009",
							nl.werkplaatsen.platform.tenancy.TeamRole.COORDINATOR, "Expert als coördinator", null,
							null));
		String token = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-expert");
		String intakes = "{ intakes(first: 1) { totalCount } }";
		assertThat(post(token, "mkb-datalab-limburg", intakes, Map.of()).statusCode()).isEqualTo(200);

		HttpResponse<String> removed = post(KeycloakServer.get().passwordToken("network-coordinator"), null,
				"mutation($id: ID!) { teamMemberRemove(input: { teamMemberId: $id }) { change { action } } }",
				Map.of("id", nl.werkplaatsen.platform.graphql.GlobalId.encode("TeamMember", membership.id())));
		HttpResponse<String> after = post(token, "mkb-datalab-limburg", intakes, Map.of());

		assertThat(JsonPath.<String>read(removed.body(), "$.data.teamMemberRemove.change.action")).isEqualTo("REMOVED");
		assertThat(after.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<List<String>>read(after.body(), "$.errors[*].extensions.classification"))
			.containsExactly("FORBIDDEN");
	}

	@Test
	void everyResponseCarriesARequestId() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", "portal-42")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ werkplaatsen { totalCount } }\"}"))
			.build();

		HttpResponse<String> echoed = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> fresh = post(null, null, "{ werkplaatsen { totalCount } }", Map.of());

		assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("portal-42");
		assertThat(fresh.headers().firstValue("X-Request-Id")).hasValueSatisfying((id) -> assertThat(id).hasSize(36));
	}

	@Test
	void anAnswerLongerThanTheServersBufferIsSentWholeWithItsLength() throws Exception {
		String token = KeycloakServer.get().passwordToken("digitale-werkplaats-twente-coordinator");
		String intakes = "{ intakes(first: 50) { nodes { reference question status submittedAt "
				+ "organisation { name kvkNumber address { city } } werkplaats { slug name } } } }";

		HttpResponse<String> answer = post(token, null, intakes, Map.of());
		HttpResponse<String> refused = post(token, null, "{ intakes(first: 50) { nodes { nosuchfield } } }", Map.of());

		assertThat(answer.statusCode()).isEqualTo(200);
		int bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
		assertThat(bytes).isGreaterThan(8 * 1024);
		assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(bytes);
		assertThat(JsonPath.<List<String>>read(answer.body(), "$.data.intakes.nodes[*].reference")).isNotEmpty();
		assertThat(refused.headers().firstValueAsLong("Content-Length"))
			.hasValue(refused.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].extensions.classification"))
			.containsExactly("BAD_REQUEST");
	}

	private HttpResponse<String> management(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
