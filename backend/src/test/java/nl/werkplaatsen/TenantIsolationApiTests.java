package nl.werkplaatsen;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_FRONTEND;
import static nl.werkplaatsen.support.Persona.UNBOUND_CLIENT;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another werkplaats can neither read nor change anything private of Werkplaats Online
 * Ondernemen through the API: not by listing, not by id, not by mutation.
 */
@PlatformTest
class TenantIsolationApiTests {

	private static final String WOO_DRAFTS = """
			{ werkplaats(slug: "werkplaats-online-ondernemen") {
			    offers(first: 100, includeDrafts: true) { nodes { id title status version } } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void anotherWerkplaatsCannotUpdateAnOfferAndNothingChanges() {
		Map<String, Object> draft = wooDraft();
		String id = (String) draft.get("id");

		Response response = this.graphQl.execute(TWENTE_COORDINATOR,
				"""
						mutation($input: OfferUpdateInput!) { offerUpdate(input: $input) { offer { id } userErrors { code } } }""",
				Map.of("input", Map.of("id", id, "title", "Gekaapt door Twente", "status", "PUBLISHED")));

		assertThat(response.status()).isLessThan(500);
		assertThat(response.classifications()).containsExactly("NOT_FOUND");
		assertThat(response.<Object>path("$.data.offerUpdate")).isNull();
		assertThat(wooDraft(id)).isEqualTo(draft);
	}

	@Test
	void listingAllMenusShowsDraftsOfTheOwnWerkplaatsOnly() {
		Response response = this.graphQl.execute(TWENTE_COORDINATOR,
				"{ werkplaatsen(first: 30) { nodes { slug offers(first: 30, includeDrafts: true) { nodes { status } } } } }");

		List<String> withDrafts = response
			.path("$.data.werkplaatsen.nodes[?('DRAFT' in @.offers.nodes[*].status)].slug");
		assertThat(response.errors()).isEmpty();
		assertThat(withDrafts).containsExactly("digitale-werkplaats-twente");
	}

	@Test
	void anotherWerkplaatsCannotFetchADraftById() {
		String id = (String) wooDraft().get("id");
		String byId = "query($id: ID!) { node(id: $id) { ... on Offer { title } } }";

		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, byId, Map.of("id", id)).<Object>path("$.data.node"))
			.isNull();
		assertThat(this.graphQl.execute(TWENTE_FRONTEND, byId, Map.of("id", id)).<Object>path("$.data.node")).isNull();
		assertThat(this.graphQl.execute(ANONYMOUS, byId, Map.of("id", id)).<Object>path("$.data.node")).isNull();
		assertThat(this.graphQl.execute(WOO_COORDINATOR, byId, Map.of("id", id)).<String>path("$.data.node.title"))
			.isNotNull();
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, byId, Map.of("id", id)).<String>path("$.data.node.title"))
			.isNotNull();
	}

	@Test
	void anotherWerkplaatsCannotReadTheTeamNorATeamMemberById() {
		String members = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { team(first: 5) { nodes { id } } } }";
		String memberId = this.graphQl.execute(WOO_COORDINATOR, members).path("$.data.werkplaats.team.nodes[0].id");

		assertThat(this.graphQl.execute(TWENTE_ADMIN, members).classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl
			.execute(TWENTE_ADMIN, "query($id: ID!) { node(id: $id) { ... on TeamMember { name } } }",
					Map.of("id", memberId))
			.<Object>path("$.data.node")).isNull();
	}

	@Test
	void aClientWithoutAWerkplaatsIsRefused() {
		Response response = this.graphQl.execute(UNBOUND_CLIENT, "{ werkplaatsen { totalCount } }");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void aFrontendClientCannotActForAnotherWerkplaatsThroughTheHeader() {
		Response response = this.graphQl.execute(TWENTE_FRONTEND, "werkplaats-online-ondernemen", WOO_DRAFTS, Map.of());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("DRAFT");
	}

	private Map<String, Object> wooDraft() {
		List<Map<String, Object>> drafts = this.graphQl.execute(WOO_COORDINATOR, WOO_DRAFTS)
			.path("$.data.werkplaats.offers.nodes[?(@.status == 'DRAFT')]");
		assertThat(drafts).isNotEmpty();
		return drafts.getFirst();
	}

	private Map<String, Object> wooDraft(String id) {
		List<Map<String, Object>> offers = this.graphQl.execute(WOO_COORDINATOR, WOO_DRAFTS)
			.path("$.data.werkplaats.offers.nodes[?(@.id == '" + id + "')]");
		return offers.getFirst();
	}

}
