package nl.werkplaatsen.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.MKB_DIGITAL_WORKSPACE_ADMIN;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data gives each featured werkplaats a realistic inbox: intakes in every
 * status, trajecten in every state, deliverables on the delivered ones.
 */
@PlatformTest
class DemoJourneysTests {

	@Autowired
	GraphQlClient graphQl;

	@Test
	void featuredWerkplaatsenHaveTheirBrowserClientsBound() throws java.sql.SQLException {
		// Through the API first: it answers once the demo data is in.
		assertThat(this.graphQl.execute(WOO_COORDINATOR, "{ students(first: 1) { totalCount } }").errors()).isEmpty();
		try (java.sql.Connection owner = nl.werkplaatsen.support.TestPostgres.database().connectAsOwner();
				java.sql.ResultSet rows = owner.createStatement().executeQuery("""
						select c.client_id, w.slug from frontend_client c join werkplaats w on w.id = c.werkplaats_id
						where c.kind = 'BROWSER' and c.client_id like '%-web' order by 1""")) {
			List<String> bound = new java.util.ArrayList<>();
			while (rows.next()) {
				assertThat(rows.getString(1)).isEqualTo(rows.getString(2) + "-web");
				bound.add(rows.getString(2));
			}
			assertThat(bound).contains("digitale-werkplaats-twente", "mkb-digital-workspace",
					"werkplaats-online-ondernemen");
		}
	}

	@Test
	void featuredWerkplaatsenHaveIntakesInEveryStatusAndTrajectenInEveryState() {
		for (Persona staff : List.of(WOO_COORDINATOR, TWENTE_COORDINATOR, MKB_DIGITAL_WORKSPACE_ADMIN)) {
			List<String> intakeStatuses = this.graphQl
				.execute(staff, "{ intakes(first: 100, filter: { search: \"9\" }) { nodes { status } } }")
				.path("$.data.intakes.nodes[*].status");
			List<String> trajectStates = this.graphQl.execute(staff, "{ trajecten(first: 100) { nodes { status } } }")
				.path("$.data.trajecten.nodes[*].status");
			List<String> deliverables = this.graphQl
				.execute(staff,
						"{ trajecten(first: 100, filter: { statuses: [COMPLETED] }) "
								+ "{ nodes { deliverables { kind } } } }")
				.path("$.data.trajecten.nodes[*].deliverables[*].kind");

			assertThat(intakeStatuses).as(staff.name())
				.contains("NEW", "IN_REVIEW", "MATCHED", "REFERRED", "DECLINED", "WITHDRAWN");
			assertThat(trajectStates).as(staff.name())
				.contains("PLANNED", "RUNNING", "DELIVERED", "COMPLETED", "CANCELLED");
			assertThat(deliverables).as(staff.name()).contains("ADVICE", "ROADMAP");
			assertThat(this.graphQl
				.execute(staff,
						"{ trajecten(first: 100, filter: { statuses: [RUNNING] }) "
								+ "{ nodes { team { role student { programme { institution { name } } } } } } }")
				.<List<String>>path("$.data.trajecten.nodes[*].team[*].student.programme.institution.name"))
				.as(staff.name())
				.isNotEmpty();
			assertThat(this.graphQl.execute(staff, "{ students(first: 100) { totalCount } }")
				.<Integer>path("$.data.students.totalCount")).as(staff.name()).isGreaterThanOrEqualTo(6);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void aYearOfImportedHistoryGivesEachFeaturedWerkplaatsAndTheNationKpis() {
		GraphQlClient.Response kpis = this.graphQl.execute(NETWORK_COORDINATOR, """
				{ kpis(period: { from: "2025-01-01", to: "2025-12-31" }) {
				  national { bereik trainingen trajecten studenten organisaties monitor { respondents } }
				  sumOfWerkplaatsen { organisaties }
				  werkplaatsen { werkplaats { slug } figures { bereik trainingen trajecten studenten }
				    realisation { trajecten } } } }""");
		assertThat(kpis.errors()).isEmpty();
		for (String slug : List.of("werkplaats-online-ondernemen", "digitale-werkplaats-twente",
				"mkb-digital-workspace")) {
			Map<String, Object> werkplaats = kpis
				.<List<Map<String, Object>>>path("$.data.kpis.werkplaatsen[?(@.werkplaats.slug == '" + slug + "')]")
				.getFirst();
			assertThat((Map<String, Integer>) werkplaats.get("figures")).as(slug)
				.allSatisfy((figure, value) -> assertThat(value).as(figure).isPositive());
			assertThat(((Map<String, Integer>) werkplaats.get("realisation")).get("trajecten")).as(slug).isPositive();
		}
		Map<String, Object> national = kpis.path("$.data.kpis.national");
		assertThat((Integer) national.get("trajecten")).isPositive();
		// Three organisations worked with all three werkplaatsen.
		assertThat(kpis.<Integer>path("$.data.kpis.sumOfWerkplaatsen.organisaties"))
			.isGreaterThan((Integer) national.get("organisaties"));
	}

	@Test
	void featuredWerkplaatsenReferToEachOtherInEveryStatusAndOneJourneySpansTwoWerkplaatsen() {
		for (String status : List.of("SENT", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN")) {
			assertThat(this.graphQl
				.execute(NETWORK_COORDINATOR, "{ referrals(status: " + status + ", first: 100) { totalCount } }")
				.<Integer>path("$.data.referrals.totalCount")).as(status).isPositive();
		}

		List<String> outgoing = this.graphQl
			.execute(WOO_COORDINATOR,
					"{ referrals(direction: OUTGOING, status: ACCEPTED, first: 10) { nodes { "
							+ "outcome { trajectStatus } organisation { id } } } }")
			.path("$.data.referrals.nodes[*].outcome.trajectStatus");
		assertThat(outgoing).contains("RUNNING");
		// The demo's own referral (tests elsewhere add more), found by its KVK number.
		String organisation = this.graphQl
			.execute(WOO_COORDINATOR,
					"{ intakes(first: 1, filter: { search: \"90900000\" }) { nodes { organisation { id } } } }")
			.path("$.data.intakes.nodes[0].organisation.id");
		GraphQlClient.Response journey = this.graphQl.execute(WOO_COORDINATOR, """
				query($id: ID!) { node(id: $id) { ... on Organisation { journey(first: 20) {
				  nodes { kind werkplaats { slug } } accountManager { name werkplaats { slug } } } } } }""",
				java.util.Map.of("id", organisation));
		assertThat(journey.<List<String>>path("$.data.node.journey.nodes[*].werkplaats.slug"))
			.contains("werkplaats-online-ondernemen", "digitale-werkplaats-twente");
		assertThat(journey.<List<String>>path("$.data.node.journey.nodes[*].kind")).contains("INTAKE", "REFERRAL",
				"TRAJECT");
		assertThat(journey.<String>path("$.data.node.journey.accountManager.werkplaats.slug"))
			.isEqualTo("werkplaats-online-ondernemen");
	}

	@Test
	void theDemoMapHasInitiativesAndTwenteReferredToOneWithAConfirmedOutcome() {
		assertThat(this.graphQl
			.execute(Persona.ANONYMOUS,
					"{ initiatives(first: 10, filter: { search: \"Cyberveilig\" }) { nodes { name activities { title } "
							+ "providers { name roles } } } }")
			.<List<String>>path("$.data.initiatives.nodes[*].activities[*].title"))
			.contains("Cyberscan voor ondernemers");
		List<String> outcomes = this.graphQl
			.execute(TWENTE_COORDINATOR,
					"{ referrals(direction: OUTGOING, first: 100) { nodes { "
							+ "toInitiative { ... on Initiative { name } } outcome { initiativeOutcome } } } }")
			.path("$.data.referrals.nodes[?(@.toInitiative)].outcome.initiativeOutcome");
		assertThat(outcomes).contains("CONFIRMED");
	}

	@Test
	void theDemoMapIsBrowsableAndAnOfferBelongsToOneOfItsInitiatives() {
		assertThat(this.graphQl
			.execute(Persona.ANONYMOUS, "{ initiatives(first: 100) { nodes { name activities { title } } } }")
			.<List<String>>path("$.data.initiatives.nodes[*].name")).contains("Cyberveilig Twente", "Digitaal Doen");
		assertThat(this.graphQl
			.execute(TWENTE_COORDINATOR,
					"{ werkplaats(slug: \"digitale-werkplaats-twente\") { offers(first: 100) "
							+ "{ nodes { title initiative { name } } } } }")
			.<List<String>>path("$.data.werkplaats.offers.nodes[?(@.title == 'IT-basis op orde (ROC van Twente)')]"
					+ ".initiative.name"))
			.containsExactly("Cyberveilig Twente");
	}

	@Test
	void theMonitorShowsAnsweredSentDueAndRefusedOneMeasurementsOnFirstStart() {
		for (Persona staff : List.of(WOO_COORDINATOR, TWENTE_COORDINATOR)) {
			List<String> states = this.graphQl
				.execute(staff,
						"{ trajecten(first: 100, filter: { statuses: [COMPLETED] }) { nodes { monitor { status } } } }")
				.path("$.data.trajecten.nodes[*].monitor.status");
			// Other tests move the clock and run the job, so the sent and the due one may
			// have moved on.
			assertThat(states).as(staff.name())
				.contains("ANSWERED", "NO_CONSENT")
				.containsAnyOf("SENT", "REMINDED", "EXPIRED")
				.hasSizeGreaterThanOrEqualTo(5);
		}
		String year = """
				query { monitorResults(instrumentKey: "NL-1-METING-V1",
				  period: { from: "2000-01-01", to: "2100-12-31" }) { groups { questions { question respondents } } } }""";
		assertThat(this.graphQl.execute(Persona.NETWORK_COORDINATOR, year)
			.<List<Integer>>path("$.data.monitorResults.groups[0].questions[?(@.question == 'q2')].respondents"))
			.singleElement()
			.satisfies((respondents) -> assertThat(respondents).isGreaterThanOrEqualTo(6));
	}

}
