package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestMail;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class WerkplaatsApiTests {

	private static final String CREATE = """
			mutation Create($input: WerkplaatsCreateInput!) {
			  werkplaatsCreate(input: $input) {
			    werkplaats { id slug name status branding { displayName primaryColor } }
			    userErrors { code field message }
			  }
			}""";

	private static final String UPDATE = """
			mutation Update($input: WerkplaatsUpdateInput!) {
			  werkplaatsUpdate(input: $input) {
			    werkplaats { id version branding { primaryColor tagline website } }
			    userErrors { code field message }
			  }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void listsTheTwentyWerkplaatsenToAnybody() {
		Response response = this.graphQl.execute(ANONYMOUS,
				"{ werkplaatsen(first: 100) { totalCount nodes { slug name } pageInfo { hasNextPage } } }");

		assertThat(response.errors()).isEmpty();
		assertThat(response.<Integer>path("$.data.werkplaatsen.totalCount")).isGreaterThanOrEqualTo(20);
		assertThat(response.<List<String>>path("$.data.werkplaatsen.nodes[*].slug"))
			.contains("werkplaats-online-ondernemen", "digitale-werkplaats-twente", "mkb-digital-workspace");
	}

	@Test
	void pagesThroughWerkplaatsenWithKeysetCursors() {
		Response first = this.graphQl.execute(ANONYMOUS,
				"{ werkplaatsen(first: 7) { nodes { slug } pageInfo { hasNextPage endCursor } } }");
		String cursor = first.path("$.data.werkplaatsen.pageInfo.endCursor");
		Response second = this.graphQl.execute(ANONYMOUS,
				"query($after: String) { werkplaatsen(first: 7, after: $after) { nodes { slug } pageInfo { hasPreviousPage } } }",
				Map.of("after", cursor));

		assertThat(first.<Boolean>path("$.data.werkplaatsen.pageInfo.hasNextPage")).isTrue();
		assertThat(second.<Boolean>path("$.data.werkplaatsen.pageInfo.hasPreviousPage")).isTrue();
		assertThat(second.<List<String>>path("$.data.werkplaatsen.nodes[*].slug")).hasSize(7)
			.doesNotContainAnyElementsOf(first.path("$.data.werkplaatsen.nodes[*].slug"));
	}

	@Test
	void showsAWerkplaatsWithBrandingAndPartnersBySlug() {
		Response response = this.graphQl.execute(ANONYMOUS, """
				{ werkplaats(slug: "werkplaats-online-ondernemen") {
				    slug name region { provinces gemeenten }
				    branding { displayName primaryColor secondaryColor logoUrl tagline }
				    partners { name kind educationLevel role } } }""");

		assertThat(response.errors()).isEmpty();
		assertThat(response.<String>path("$.data.werkplaats.name")).isEqualTo("Werkplaats Online Ondernemen");
		assertThat(response.<List<String>>path("$.data.werkplaats.region.provinces")).containsExactly("GRONINGEN");
		assertThat(response.<String>path("$.data.werkplaats.branding.primaryColor")).matches("^#[0-9A-F]{6}$");
		assertThat(response.<List<?>>path("$.data.werkplaats.partners")).isNotEmpty();
	}

	@Test
	void givesNullForAnUnknownSlug() {
		Response response = this.graphQl.execute(ANONYMOUS, "{ werkplaats(slug: \"nergens\") { name } }");

		assertThat(response.errors()).isEmpty();
		assertThat(response.<Object>path("$.data.werkplaats")).isNull();
	}

	@Test
	void networkCoordinatorCreatesAWerkplaatsWithDefaultBranding() {
		String slug = uniqueSlug();
		Response response = this.graphQl.execute(NETWORK_COORDINATOR, CREATE,
				Map.of("input", Map.of("slug", slug, "name", "Digitale Werkplaats Test")));

		assertThat(response.userErrorCodes("werkplaatsCreate")).isEmpty();
		assertThat(response.<String>path("$.data.werkplaatsCreate.werkplaats.status")).isEqualTo("ACTIVE");
		assertThat(response.<String>path("$.data.werkplaatsCreate.werkplaats.branding.displayName"))
			.isEqualTo("Digitale Werkplaats Test");
	}

	@Test
	void refusesADuplicateOrMalformedSlugNamingTheField() {
		Response duplicate = this.graphQl.execute(NETWORK_COORDINATOR, CREATE,
				Map.of("input", Map.of("slug", "digitale-werkplaats-twente", "name", "Twente bis")));
		Response malformed = this.graphQl.execute(NETWORK_COORDINATOR, CREATE,
				Map.of("input", Map.of("slug", "Niet Goed!", "name", " ")));

		assertThat(duplicate.userErrorCodes("werkplaatsCreate")).containsExactly("TAKEN");
		assertThat(duplicate.<Object>path("$.data.werkplaatsCreate.werkplaats")).isNull();
		assertThat(malformed.<List<List<String>>>path("$.data.werkplaatsCreate.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("slug"), List.of("name"));
	}

	@Test
	void aWerkplaatsHandedOnByOtherModulesIsReadOnceAndShownChangedFromTheNextRequest() {
		this.graphQl.execute(TWENTE_COORDINATOR, TestIntakes.SUBMIT,
				Map.of("input", TestIntakes.valid("digitale-werkplaats-twente")));
		TestMail.awaitEventListeners();
		String intakes = "{ intakes(first: 5) { nodes { werkplaats { id name } } } }";
		Response before = this.graphQl.execute(TWENTE_COORDINATOR, intakes);
		String id = before.path("$.data.intakes.nodes[0].werkplaats.id");
		String name = before.path("$.data.intakes.nodes[0].werkplaats.name");
		List<String> again = this.statements.record(() -> this.graphQl.execute(TWENTE_COORDINATOR, intakes));
		try {
			Response renamed = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE,
					Map.of("input", Map.of("id", id, "name", name + " (hernoemd)")));
			Response after = this.graphQl.execute(TWENTE_COORDINATOR, intakes);

			assertThat(again).as("the werkplaats is not read again while unchanged")
				.noneMatch((statement) -> statement.contains("from werkplaats "));
			assertThat(renamed.userErrorCodes("werkplaatsUpdate")).isEmpty();
			assertThat(after.<List<String>>path("$.data.intakes.nodes[*].werkplaats.name")).isNotEmpty()
				.containsOnly(name + " (hernoemd)");
		}
		finally {
			this.graphQl.execute(NETWORK_COORDINATOR, UPDATE, Map.of("input", Map.of("id", id, "name", name)));
		}
	}

	@Test
	void onlyNetworkCoordinatorsCreateWerkplaatsen() {
		Map<String, Object> input = Map.of("input", Map.of("slug", uniqueSlug(), "name", "Niet toegestaan"));

		assertThat(this.graphQl.execute(TWENTE_ADMIN, CREATE, input).classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(MINISTRY_ANALYST, CREATE, input).classifications())
			.containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(ANONYMOUS, CREATE, input).classifications()).containsExactly("UNAUTHORIZED");
	}

	@Test
	void adminRebrandsOwnWerkplaatsAndInvalidColoursChangeNothing() {
		Response created = this.graphQl.execute(NETWORK_COORDINATOR, CREATE,
				Map.of("input", Map.of("slug", uniqueSlug(), "name", "Rebrand Test")));
		String id = created.path("$.data.werkplaatsCreate.werkplaats.id");

		Response invalid = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE, Map.of("input", Map.of("id", id,
				"branding", Map.of("primaryColor", "blauw", "website", "ftp://x", "tagline", "Nieuw"))));
		Response valid = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE, Map.of("input", Map.of("id", id,
				"expectedVersion", 0, "branding", Map.of("primaryColor", "#00aa11", "tagline", "Nieuw"))));
		Response stale = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE,
				Map.of("input", Map.of("id", id, "expectedVersion", 0, "branding", Map.of("tagline", "Te laat"))));

		assertThat(invalid.<List<List<String>>>path("$.data.werkplaatsUpdate.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("branding", "primaryColor"), List.of("branding", "website"));
		assertThat(valid.<String>path("$.data.werkplaatsUpdate.werkplaats.branding.primaryColor")).isEqualTo("#00AA11");
		assertThat(stale.userErrorCodes("werkplaatsUpdate")).containsExactly("CONFLICT");
		Response now = this.graphQl.execute(ANONYMOUS,
				"query($id: ID!) { node(id: $id) { ... on Werkplaats { branding { tagline } } } }", Map.of("id", id));
		assertThat(now.<String>path("$.data.node.branding.tagline")).isEqualTo("Nieuw");
	}

	@Test
	void anAdminCannotEditAnotherWerkplaats() {
		String wooId = idOf("werkplaats-online-ondernemen");

		Response response = this.graphQl.execute(TWENTE_ADMIN, UPDATE,
				Map.of("input", Map.of("id", wooId, "branding", Map.of("tagline", "Overgenomen door Twente"))));

		assertThat(response.classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl
			.execute(ANONYMOUS, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { branding { tagline } } }")
			.<String>path("$.data.werkplaats.branding.tagline")).isNotEqualTo("Overgenomen door Twente");
	}

	@Test
	void archivingHidesAWerkplaatsFromPublicListsButKeepsItForNetworkCoordinators() {
		String slug = uniqueSlug();
		String id = this.graphQl
			.execute(NETWORK_COORDINATOR, CREATE, Map.of("input", Map.of("slug", slug, "name", "Archief Test")))
			.path("$.data.werkplaatsCreate.werkplaats.id");

		Response archived = this.graphQl.execute(NETWORK_COORDINATOR,
				"mutation($input: WerkplaatsArchiveInput!) { werkplaatsArchive(input: $input) { werkplaats { status } userErrors { code } } }",
				Map.of("input", Map.of("id", id)));
		Response again = this.graphQl.execute(NETWORK_COORDINATOR,
				"mutation($input: WerkplaatsArchiveInput!) { werkplaatsArchive(input: $input) { werkplaats { status } userErrors { code } } }",
				Map.of("input", Map.of("id", id)));

		assertThat(archived.<String>path("$.data.werkplaatsArchive.werkplaats.status")).isEqualTo("ARCHIVED");
		assertThat(again.userErrorCodes("werkplaatsArchive")).containsExactly("INVALID_STATE");
		String bySlug = "{ werkplaats(slug: \"" + slug + "\") { status } }";
		assertThat(this.graphQl.execute(ANONYMOUS, bySlug).<Object>path("$.data.werkplaats")).isNull();
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, bySlug).<String>path("$.data.werkplaats.status"))
			.isEqualTo("ARCHIVED");
		assertThat(this.graphQl.execute(ANONYMOUS, "{ werkplaatsen(first: 100) { nodes { slug } } }")
			.<List<String>>path("$.data.werkplaatsen.nodes[*].slug")).doesNotContain(slug);
	}

	@Test
	void teamIsVisibleToItsOwnTeamAndNetworkCoordinatorsWithContactsForStaffOnly() {
		String team = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { team(first: 50) { totalCount nodes { name role email } } } }";

		Response admin = this.graphQl.execute(WOO_ADMIN, team);
		Response student = this.graphQl.execute(WOO_STUDENT, team);
		Response network = this.graphQl.execute(NETWORK_COORDINATOR, team);
		Response twente = this.graphQl.execute(TWENTE_COORDINATOR, team);
		Response anonymous = this.graphQl.execute(ANONYMOUS, team);

		assertThat(admin.<List<String>>path("$.data.werkplaats.team.nodes[*].email")).isNotEmpty().doesNotContainNull();
		assertThat(student.<List<String>>path("$.data.werkplaats.team.nodes[*].name")).isNotEmpty();
		assertThat(student.<List<String>>path("$.data.werkplaats.team.nodes[*].email")).containsOnlyNulls();
		assertThat(network.<Integer>path("$.data.werkplaats.team.totalCount"))
			.isEqualTo(admin.<Integer>path("$.data.werkplaats.team.totalCount"));
		assertThat(twente.classifications()).containsExactly("FORBIDDEN");
		assertThat(twente.<Object>path("$.data.werkplaats.team")).isNull();
		assertThat(anonymous.classifications()).containsExactly("UNAUTHORIZED");
	}

	@Test
	void ambitionsAreForStaffAndNetworkCoordinators() {
		String ambitions = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { ambitions { year reach } } }";

		assertThat(this.graphQl.execute(WOO_ADMIN, ambitions).<List<?>>path("$.data.werkplaats.ambitions"))
			.isNotEmpty();
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, ambitions).<List<?>>path("$.data.werkplaats.ambitions"))
			.isNotEmpty();
		assertThat(this.graphQl.execute(TWENTE_ADMIN, ambitions).classifications()).containsExactly("FORBIDDEN");
	}

	private String idOf(String slug) {
		return this.graphQl.execute(ANONYMOUS, "{ werkplaats(slug: \"" + slug + "\") { id } }")
			.path("$.data.werkplaats.id");
	}

	static String uniqueSlug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
