package nl.werkplaatsen.offer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.OOST_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_FRONTEND;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_FRONTEND;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class OfferApiTests {

	static final String CREATE = """
			mutation Create($input: OfferCreateInput!) {
			  offerCreate(input: $input) {
			    offer { id title status format archetype availablePeriods isFree fee { amountInCents } version
			            werkplaats { slug } }
			    userErrors { code field message }
			  }
			}""";

	static final String UPDATE = """
			mutation Update($input: OfferUpdateInput!) {
			  offerUpdate(input: $input) {
			    offer { id title status capacity version }
			    userErrors { code field message }
			  }
			}""";

	static final String MENU = """
			query Menu($slug: String!, $drafts: Boolean) {
			  werkplaats(slug: $slug) { offers(first: 100, includeDrafts: $drafts) { totalCount nodes { title status } } }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void createsADraftOfferFromATitleAloneWithSensibleDefaults() {
		Response response = this.graphQl.execute(TWENTE_COORDINATOR, CREATE,
				Map.of("input", Map.of("title", "Data-scan voor de maakindustrie")));

		assertThat(response.userErrorCodes("offerCreate")).isEmpty();
		assertThat(response.<String>path("$.data.offerCreate.offer.status")).isEqualTo("DRAFT");
		assertThat(response.<String>path("$.data.offerCreate.offer.format")).isEqualTo("TRAJECT");
		assertThat(response.<String>path("$.data.offerCreate.offer.archetype")).isEqualTo("WORKING_WITH_STUDENTS");
		assertThat(response.<List<String>>path("$.data.offerCreate.offer.availablePeriods")).doesNotContain("SUMMER")
			.hasSize(4);
		assertThat(response.<Boolean>path("$.data.offerCreate.offer.isFree")).isTrue();
		assertThat(response.<String>path("$.data.offerCreate.offer.werkplaats.slug"))
			.isEqualTo("digitale-werkplaats-twente");
	}

	@Test
	void reportsEveryInvalidFieldAndStoresNothing() {
		long before = draftCount(TWENTE_COORDINATOR, "digitale-werkplaats-twente");

		Response response = this.graphQl.execute(TWENTE_COORDINATOR, CREATE,
				Map.of("input",
						Map.of("title", "  ", "capacity", 0, "feeInCents", -5, "typicalDuration",
								Map.of("amount", 0, "unit", "WEEKS"), "targetGroup",
								Map.of("sbiSections", List.of("G", "Z")))));

		assertThat(response.<Object>path("$.data.offerCreate.offer")).isNull();
		assertThat(response.<List<List<String>>>path("$.data.offerCreate.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("title"), List.of("capacity"), List.of("feeInCents"),
					List.of("typicalDuration", "amount"), List.of("targetGroup", "sbiSections", "1"));
		assertThat(response.userErrorCodes("offerCreate")).containsExactlyInAnyOrder("REQUIRED", "OUT_OF_RANGE",
				"OUT_OF_RANGE", "OUT_OF_RANGE", "INVALID_FORMAT");
		assertThat(draftCount(TWENTE_COORDINATOR, "digitale-werkplaats-twente")).isEqualTo(before);
	}

	@Test
	void updatesAnOfferAndRefusesAStaleVersionWithoutChangingIt() {
		String id = this.graphQl
			.execute(TWENTE_COORDINATOR, CREATE, Map.of("input", Map.of("title", "Webshop-traject", "capacity", 3)))
			.path("$.data.offerCreate.offer.id");

		Response published = this.graphQl.execute(TWENTE_COORDINATOR, UPDATE,
				Map.of("input", Map.of("id", id, "expectedVersion", 0, "status", "PUBLISHED")));
		Response stale = this.graphQl.execute(TWENTE_COORDINATOR, UPDATE,
				Map.of("input", Map.of("id", id, "expectedVersion", 0, "title", "Overschreven")));
		java.util.HashMap<String, Object> clearCapacity = new java.util.HashMap<>(Map.of("id", id));
		clearCapacity.put("capacity", null);
		Response cleared = this.graphQl.execute(TWENTE_COORDINATOR, UPDATE, Map.of("input", clearCapacity));

		assertThat(published.<String>path("$.data.offerUpdate.offer.status")).isEqualTo("PUBLISHED");
		assertThat(published.<Integer>path("$.data.offerUpdate.offer.version")).isEqualTo(1);
		assertThat(stale.userErrorCodes("offerUpdate")).containsExactly("CONFLICT");
		assertThat(stale.<List<List<String>>>path("$.data.offerUpdate.userErrors[*].field"))
			.containsExactly(List.of("expectedVersion"));
		assertThat(cleared.<String>path("$.data.offerUpdate.offer.title")).isEqualTo("Webshop-traject");
		assertThat(cleared.<Object>path("$.data.offerUpdate.offer.capacity")).isNull();
	}

	@Test
	void draftsAreOnlyForStaffTheirOwnFrontendAndNetworkCoordinators() {
		String woo = "werkplaats-online-ondernemen";

		assertThat(statuses(WOO_COORDINATOR, woo)).contains("DRAFT", "PUBLISHED");
		assertThat(statuses(WOO_FRONTEND, woo)).contains("DRAFT");
		assertThat(statuses(NETWORK_COORDINATOR, woo)).contains("DRAFT");
		for (Persona outsider : List.of(ANONYMOUS, TWENTE_COORDINATOR, TWENTE_FRONTEND, WOO_STUDENT,
				MINISTRY_ANALYST)) {
			assertThat(statuses(outsider, woo)).as(outsider.name()).isNotEmpty().containsOnly("PUBLISHED");
		}
		assertThat(statuses(WOO_FRONTEND, "digitale-werkplaats-twente")).containsOnly("PUBLISHED");
	}

	@Test
	void anonymousCallersAndMinistryAnalystsCannotCreateOffers() {
		Map<String, Object> input = Map.of("input", Map.of("title", "Niet toegestaan"));

		assertThat(this.graphQl.execute(ANONYMOUS, CREATE, input).classifications()).containsExactly("UNAUTHORIZED");
		assertThat(this.graphQl.execute(MINISTRY_ANALYST, CREATE, input).classifications())
			.containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(WOO_FRONTEND, CREATE, input).classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(WOO_STUDENT, CREATE, input).classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void staffWithSeveralMembershipsChooseTheWerkplaatsWithTheHeader() {
		Map<String, Object> input = Map.of("input", Map.of("title", "Oost: AI-spreekuur"));

		Response withoutHeader = this.graphQl.execute(OOST_COORDINATOR, CREATE, input);
		Response arnhem = this.graphQl.execute(OOST_COORDINATOR, "digitale-werkplaats-arnhem-nijmegen", CREATE, input);
		Response notAMember = this.graphQl.execute(OOST_COORDINATOR, "werkplaats-online-ondernemen", CREATE, input);

		assertThat(withoutHeader.classifications()).containsExactly("FORBIDDEN");
		assertThat(arnhem.<String>path("$.data.offerCreate.offer.werkplaats.slug"))
			.isEqualTo("digitale-werkplaats-arnhem-nijmegen");
		assertThat(notAMember.status()).isEqualTo(403);
		assertThat(notAMember.classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void theViewerShowsTheActingWerkplaatsAndTheMembershipsToChooseFrom() {
		String viewer = "{ viewer { kind werkplaats { slug } teamRole memberships { werkplaats { slug } role } } }";

		Response oost = this.graphQl.execute(OOST_COORDINATOR, viewer);
		Response oostInTwente = this.graphQl.execute(OOST_COORDINATOR, "digitale-werkplaats-twente", viewer, Map.of());
		Response client = this.graphQl.execute(WOO_FRONTEND, viewer);

		assertThat(oost.<Object>path("$.data.viewer.werkplaats")).isNull();
		assertThat(oost.<List<String>>path("$.data.viewer.memberships[*].werkplaats.slug"))
			.containsExactlyInAnyOrder("digitale-werkplaats-twente", "digitale-werkplaats-arnhem-nijmegen");
		assertThat(oostInTwente.<String>path("$.data.viewer.werkplaats.slug")).isEqualTo("digitale-werkplaats-twente");
		assertThat(oostInTwente.<String>path("$.data.viewer.teamRole")).isEqualTo("COORDINATOR");
		assertThat(client.<String>path("$.data.viewer.kind")).isEqualTo("FRONTEND_CLIENT");
		assertThat(client.<String>path("$.data.viewer.werkplaats.slug")).isEqualTo("werkplaats-online-ondernemen");
		assertThat(this.graphQl.execute(ANONYMOUS, viewer).<Object>path("$.data.viewer")).isNull();
	}

	private List<String> statuses(Persona persona, String slug) {
		Response response = this.graphQl.execute(persona, MENU, Map.of("slug", slug, "drafts", true));
		assertThat(response.errors()).as(persona.name()).isEmpty();
		return response.path("$.data.werkplaats.offers.nodes[*].status");
	}

	private long draftCount(Persona persona, String slug) {
		return this.graphQl.execute(persona, MENU, Map.of("slug", slug, "drafts", true))
			.<Integer>path("$.data.werkplaats.offers.totalCount");
	}

}
