package nl.werkplaatsen.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.MKB_DIGITAL_WORKSPACE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static nl.werkplaatsen.support.Persona.WOO_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entrepreneur's journey across werkplaatsen, who sees which part of it (API and SQL
 * as the application's role), the account manager and the next steps.
 */
@PlatformTest
class JourneyApiTests {

	static final String JOURNEY = """
			query($id: ID!) { node(id: $id) { ... on Organisation { journey(first: 50) { totalCount
			  nodes { kind werkplaats { slug } status summary } accountManager { name werkplaats { slug } } } } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void aConsentingOrganisationsJourneyShowsBothWerkplaatsenToBothAndNothingToAThird() throws SQLException {
		Map<String, Object> submission = TestIntakes.valid("werkplaats-online-ondernemen");
		submission.put("shareWithNetwork", true);
		String intake = submit(WOO_COORDINATOR, submission);
		String organisation = organisationOf(WOO_COORDINATOR, intake);
		String referral = this.graphQl
			.execute(WOO_COORDINATOR, ReferralApiTests.CREATE,
					Map.of("input",
							Map.of("intakeId", intake, "toWerkplaatsId", werkplaatsId("digitale-werkplaats-twente"))))
			.path("$.data.referralCreate.referral.id");
		this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { userErrors { code } } }",
				Map.of("input", Map.of("id", referral)));

		for (Persona staff : List.of(WOO_COORDINATOR, TWENTE_COORDINATOR, NETWORK_COORDINATOR)) {
			Response journey = this.graphQl.execute(staff, JOURNEY, Map.of("id", organisation));
			assertThat(journey.errors()).as(staff.name()).isEmpty();
			assertThat(journey.<List<String>>path("$.data.node.journey.nodes[*].kind")).as(staff.name())
				.containsExactlyInAnyOrder("INTAKE", "REFERRAL", "INTAKE");
			assertThat(journey.<List<String>>path("$.data.node.journey.nodes[*].werkplaats.slug")).as(staff.name())
				.contains("werkplaats-online-ondernemen", "digitale-werkplaats-twente");
			assertThat(journey.<List<String>>path("$.data.node.journey.nodes[*].summary")).as(staff.name())
				.contains("Doorverwezen naar Digitale Werkplaats Twente")
				.noneMatch((summary) -> summary.contains("Anne") || summary.contains("webwinkel"));
		}
		for (Persona outsider : List.of(MKB_DIGITAL_WORKSPACE_COORDINATOR, WOO_TEACHER, WOO_STUDENT,
				MINISTRY_ANALYST)) {
			assertThat(this.graphQl.execute(outsider, JOURNEY, Map.of("id", organisation)).<Object>path("$.data.node"))
				.as(outsider.name())
				.isNull();
		}
		UUID id = GlobalId.idOf(organisation, "Organisation").orElseThrow();
		assertThat(journeyRowsAsTheApplication("mkb-digital-workspace", id)).isZero();
		assertThat(journeyRowsAsTheApplication("digitale-werkplaats-twente", id)).isEqualTo(3);
	}

	@Test
	void withoutNetworkConsentEachWerkplaatsSeesOnlyItsOwnTouchpointsNotEvenACount() throws SQLException {
		Map<String, Object> atWoo = TestIntakes.valid("werkplaats-online-ondernemen");
		String organisation = organisationOf(WOO_COORDINATOR, submit(WOO_COORDINATOR, atWoo));
		Map<String, Object> atTwente = TestIntakes.valid("digitale-werkplaats-twente");
		atTwente.put("kvkNumber", atWoo.get("kvkNumber"));
		atTwente.put("organisationName", atWoo.get("organisationName"));
		submit(TWENTE_COORDINATOR, atTwente);

		for (Persona staff : List.of(WOO_COORDINATOR, TWENTE_COORDINATOR)) {
			Response journey = this.graphQl.execute(staff, JOURNEY, Map.of("id", organisation));
			assertThat(journey.<Integer>path("$.data.node.journey.totalCount")).as(staff.name()).isEqualTo(1);
		}
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, JOURNEY, Map.of("id", organisation))
			.<Integer>path("$.data.node.journey.totalCount")).isEqualTo(2);
		assertThat(journeyRowsAsTheApplication("werkplaats-online-ondernemen",
				GlobalId.idOf(organisation, "Organisation").orElseThrow()))
			.isOne();
	}

	@Test
	void theLeadWerkplaatsNamesTheAccountManagerWhoHearsOfAnotherWerkplaatsesTouchpoint() throws SQLException {
		Map<String, Object> submission = TestIntakes.valid("werkplaats-online-ondernemen");
		submission.put("shareWithNetwork", true);
		String organisation = organisationOf(WOO_COORDINATOR, submit(WOO_COORDINATOR, submission));
		String set = """
				mutation($input: OrganisationAccountManagerSetInput!) { organisationAccountManagerSet(input: $input) {
				  accountManager { name werkplaats { slug } teamMember { id } } userErrors { code field } } }""";

		Response student = this.graphQl.execute(WOO_COORDINATOR, set, Map.of("input", Map.of("organisationId",
				organisation, "teamMemberId", member("werkplaats-online-ondernemen", "STUDENT"))));
		assertThat(student.userErrorCodes("organisationAccountManagerSet")).containsExactly("INVALID_STATE");
		Response named = this.graphQl.execute(WOO_COORDINATOR, set, Map.of("input", Map.of("organisationId",
				organisation, "teamMemberId", member("werkplaats-online-ondernemen", "COORDINATOR"))));
		assertThat(named.userErrorCodes("organisationAccountManagerSet")).isEmpty();
		assertThat(named.<String>path("$.data.organisationAccountManagerSet.accountManager.werkplaats.slug"))
			.isEqualTo("werkplaats-online-ondernemen");

		Map<String, Object> atTwente = TestIntakes.valid("digitale-werkplaats-twente");
		atTwente.put("kvkNumber", submission.get("kvkNumber"));
		atTwente.put("organisationName", submission.get("organisationName"));
		submit(TWENTE_COORDINATOR, atTwente);
		assertThat(TestMail.awaitMessage("werkplaats-online-ondernemen-coordinator@example.nl",
				"Nieuw contactmoment: " + submission.get("organisationName")))
			.isNotNull();
		Response takeover = this.graphQl.execute(TWENTE_COORDINATOR, set, Map.of("input", Map.of("organisationId",
				organisation, "teamMemberId", member("digitale-werkplaats-twente", "COORDINATOR"))));
		assertThat(takeover.userErrorCodes("organisationAccountManagerSet")).containsExactly("NOT_LEAD_WERKPLAATS");
		Response elsewhere = this.graphQl.execute(MKB_DIGITAL_WORKSPACE_COORDINATOR, set, Map.of("input", Map
			.of("organisationId", organisation, "teamMemberId", member("mkb-digital-workspace", "COORDINATOR"))));
		assertThat(elsewhere.userErrorCodes("organisationAccountManagerSet")).containsExactly("NOT_FOUND");

		Response byNetwork = this.graphQl.execute(NETWORK_COORDINATOR, set, Map.of("input", Map.of("organisationId",
				organisation, "teamMemberId", member("digitale-werkplaats-twente", "COORDINATOR"))));
		assertThat(byNetwork.userErrorCodes("organisationAccountManagerSet")).isEmpty();
		assertThat(this.graphQl.execute(WOO_COORDINATOR, JOURNEY, Map.of("id", organisation))
			.<String>path("$.data.node.journey.accountManager.werkplaats.slug"))
			.isEqualTo("digitale-werkplaats-twente");
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement history = owner
					.prepareStatement("select count(*) from account_manager_assignment where organisation_id = ?")) {
			history.setObject(1, GlobalId.idOf(organisation, "Organisation").orElseThrow());
			try (ResultSet rows = history.executeQuery()) {
				rows.next();
				assertThat(rows.getLong(1)).as("every naming is kept").isEqualTo(2);
			}
		}
	}

	@Test
	void nextStepsAreOffersNotYetTakenOwnRegionFirstWithScoresAndDutchReasons() {
		String organisation = organisationOf(WOO_COORDINATOR,
				submit(WOO_COORDINATOR, TestIntakes.valid("werkplaats-online-ondernemen")));
		Response steps = this.graphQl.execute(WOO_COORDINATOR, """
				query($id: ID!) { node(id: $id) { ... on Organisation {
				  nextSteps(first: 20) { offer { id title } werkplaats { slug } score reasons ownRegion } } } }""",
				Map.of("id", organisation));

		List<Map<String, Object>> found = steps.path("$.data.node.nextSteps");
		assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(20);
		assertThat(found).allSatisfy((step) -> {
			assertThat((Integer) step.get("score")).isBetween(0, 100);
			assertThat((List<?>) step.get("reasons")).isNotEmpty();
		});
		List<Boolean> ownRegion = found.stream().map((step) -> (Boolean) step.get("ownRegion")).toList();
		assertThat(ownRegion).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
		assertThat(this.graphQl
			.execute(WOO_TEACHER, """
					query($id: ID!) { node(id: $id) { ... on Organisation { nextSteps { score } } } }""",
					Map.of("id", organisation))
			.<Object>path("$.data.node")).isNull();
	}

	@Test
	void theJourneyListsInAConstantNumberOfStatements() {
		Map<String, Object> first = TestIntakes.valid("werkplaats-online-ondernemen");
		String organisation = organisationOf(WOO_COORDINATOR, submit(WOO_COORDINATOR, first));
		for (int i = 0; i < 12; i++) {
			Map<String, Object> again = TestIntakes.valid("werkplaats-online-ondernemen");
			again.put("kvkNumber", first.get("kvkNumber"));
			again.put("organisationName", first.get("organisationName"));
			submit(WOO_COORDINATOR, again);
		}
		TestMail.awaitEventListeners();
		String query = """
				query($id: ID!) { node(id: $id) { ... on Organisation { journey(first: %d) { totalCount
				  nodes { kind werkplaats { slug } summary } accountManager { name } } } } }""";

		List<String> small = this.statements.record(() -> assertThat(
				this.graphQl.execute(WOO_COORDINATOR, query.formatted(10), Map.of("id", organisation)).errors())
			.isEmpty());
		List<String> large = this.statements.record(() -> assertThat(
				this.graphQl.execute(WOO_COORDINATOR, query.formatted(100), Map.of("id", organisation)).errors())
			.isEmpty());

		assertThat(large).as(() -> String.join("\n", large)).hasSameSizeAs(small);
	}

	private String submit(Persona staff, Map<String, Object> input) {
		return this.graphQl
			.execute(staff, "mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", input))
			.path("$.data.intakeSubmit.intake.id");
	}

	private String organisationOf(Persona staff, String intake) {
		return this.graphQl
			.execute(staff, "query($id: ID!) { node(id: $id) { ... on Intake { organisation { id } } } }",
					Map.of("id", intake))
			.path("$.data.node.organisation.id");
	}

	/** The demo realm's member of that role (tests elsewhere may invite more). */
	private String member(String slug, String role) {
		List<String> ids = this.graphQl
			.execute(NETWORK_COORDINATOR,
					"{ werkplaats(slug: \"" + slug + "\") { team(first: 100) { nodes { id role email } } } }")
			.path("$.data.werkplaats.team.nodes[?(@.role == '" + role + "' && @.email == '" + slug + "-"
					+ role.toLowerCase(java.util.Locale.ROOT) + "@example.nl')].id");
		return ids.getFirst();
	}

	private String werkplaatsId(String slug) {
		return this.graphQl.execute(NETWORK_COORDINATOR, "{ werkplaats(slug: \"" + slug + "\") { id } }")
			.path("$.data.werkplaats.id");
	}

	private static long journeyRowsAsTheApplication(String slug, UUID organisation) throws SQLException {
		try (Connection connection = TestPostgres.database().connectAsApp()) {
			connection.setAutoCommit(false);
			try (PreparedStatement set = connection.prepareStatement(
					"select set_config('app.werkplaats', (select id::text from werkplaats where slug = ?), true)")) {
				set.setString(1, slug);
				set.execute();
			}
			try (PreparedStatement journey = connection
				.prepareStatement("select count(*) from organisation_journey(?)")) {
				journey.setObject(1, organisation);
				try (ResultSet rows = journey.executeQuery()) {
					rows.next();
					return rows.getLong(1);
				}
			}
		}
	}

}
