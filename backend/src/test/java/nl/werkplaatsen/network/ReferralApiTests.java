package nl.werkplaatsen.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
import static nl.werkplaatsen.support.Persona.WOO_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The closed referral loop over the API: refer, accept into the receiver's own intake,
 * follow the outcome to the traject; decline, withdraw and expiry bring the question
 * back; consent, the specific refusals, who sees what (API and SQL), the emails and the
 * network's referral map.
 */
@PlatformTest
class ReferralApiTests {

	static final String REFERRAL = "referral { id status version from { slug } to { slug } note question answeredAt "
			+ "declineReason outcome { intakeStatus trajectStatus trajectStartedOn } }";

	static final String CREATE = "mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { " + REFERRAL
			+ " userErrors { code field message } } }";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	ExpiringReferrals expiringReferrals;

	@Test
	void aReferralIsAcceptedIntoTheReceiversOwnIntakeAndTheSenderFollowsItToTheTraject() {
		String intake = intake("werkplaats-online-ondernemen", true);
		Response created = refer(intake, twente(), null);
		assertThat(created.userErrorCodes("referralCreate")).isEmpty();
		String referral = created.path("$.data.referralCreate.referral.id");
		assertThat(created.<String>path("$.data.referralCreate.referral.status")).isEqualTo("SENT");
		assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("status", "REFERRED");

		Response incoming = this.graphQl.execute(TWENTE_COORDINATOR,
				"{ referrals(direction: INCOMING, status: SENT, first: 100) { nodes { id question from { slug } "
						+ "organisation { name } intake { id } } } }");
		assertThat(incoming.<List<String>>path("$.data.referrals.nodes[*].id")).contains(referral);
		assertThat(incoming.<List<Object>>path("$.data.referrals.nodes[?(@.id == '" + referral + "')].intake"))
			.containsOnlyNulls();
		assertThat(TestMail.awaitMessage("digitale-werkplaats-twente-coordinator@example.nl", "Doorverwijzing van"))
			.isNotNull();

		Response accepted = this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { referral { status "
						+ "receivedIntake { id channel status question contact { name } baseline { maturity } } } "
						+ "userErrors { code } } }",
				Map.of("input", Map.of("id", referral)));
		assertThat(accepted.userErrorCodes("referralAccept")).isEmpty();
		assertThat(accepted.<String>path("$.data.referralAccept.referral.status")).isEqualTo("ACCEPTED");
		String received = accepted.path("$.data.referralAccept.referral.receivedIntake.id");
		assertThat(accepted.<String>path("$.data.referralAccept.referral.receivedIntake.channel"))
			.isEqualTo("REFERRAL");
		assertThat(accepted.<String>path("$.data.referralAccept.referral.receivedIntake.contact.name"))
			.isEqualTo("Anne de Vries");
		assertThat(accepted.<Integer>path("$.data.referralAccept.referral.receivedIntake.baseline.maturity"))
			.isEqualTo(4);
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, "{ intakes(first: 100) { nodes { id } } }")
			.<List<String>>path("$.data.intakes.nodes[*].id")).contains(received);
		assertThat(TestMail.awaitMessage("werkplaats-online-ondernemen-coordinator@example.nl",
				"Doorverwijzing geaccepteerd"))
			.isNotNull();

		String traject = this.graphQl
			.execute(TWENTE_COORDINATOR,
					"mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { traject { id } } }",
					Map.of("input", Map.of("intakeId", received, "offerId", firstOffer("digitale-werkplaats-twente"))))
			.path("$.data.trajectCreate.traject.id");
		this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: TrajectStartInput!) { trajectStart(input: $input) { traject { status } } }",
				Map.of("input", Map.of("id", traject)));

		Map<String, Object> followed = this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Referral { status receivedIntake { id } "
							+ "outcome { intakeStatus trajectStatus trajectStartedOn } } } }",
					Map.of("id", referral))
			.path("$.data.node");
		assertThat(followed).containsEntry("status", "ACCEPTED").containsEntry("receivedIntake", null);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.graphQl.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Referral { outcome { intakeStatus trajectStatus } } } }",
					Map.of("id", referral))
				.<Map<String, Object>>path("$.data.node.outcome")).containsEntry("intakeStatus", "MATCHED")
				.containsEntry("trajectStatus", "RUNNING"));
		assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("referral", Map.of("id", referral));
	}

	@Test
	void withoutNetworkConsentNothingIsReferredAndConsentGivenNowIsRecorded() {
		String intake = intake("werkplaats-online-ondernemen", false);
		long before = countReferrals();

		Response refused = refer(intake, twente(), null);
		assertThat(refused.userErrorCodes("referralCreate")).containsExactly("CONSENT_REQUIRED");
		assertThat(refused.<List<List<String>>>path("$.data.referralCreate.userErrors[*].field"))
			.containsExactly(List.of("consent"));
		assertThat(refer(intake, twente(), Map.of("given", false)).userErrorCodes("referralCreate"))
			.containsExactly("CONSENT_REQUIRED");
		assertThat(refer(intake, twente(), Map.of("given", true)).userErrorCodes("referralCreate"))
			.containsExactly("REQUIRED");
		assertThat(countReferrals()).isEqualTo(before);
		assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("status", "NEW");

		Response sent = refer(intake, twente(), Map.of("given", true, "how", "PHONE"));
		assertThat(sent.userErrorCodes("referralCreate")).isEmpty();
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { organisation { sharesWithNetwork } } } }",
					Map.of("id", intake))
			.<Boolean>path("$.data.node.organisation.sharesWithNetwork")).isTrue();
	}

	@Test
	void referringToItselfToAnArchivedWerkplaatsOrAClosedIntakeIsRefusedSpecifically() throws SQLException {
		String intake = intake("werkplaats-online-ondernemen", true);
		String woo = werkplaatsId("werkplaats-online-ondernemen");
		assertThat(refer(intake, woo, null).userErrorCodes("referralCreate")).containsExactly("SAME_WERKPLAATS");
		String archived = archivedWerkplaats();
		assertThat(refer(intake, archived, null).userErrorCodes("referralCreate"))
			.containsExactly("WERKPLAATS_ARCHIVED");
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, CREATE,
					Map.of("input",
							Map.of("intakeId", intake, "toWerkplaatsId", twente(), "toInitiativeId",
									GlobalId.encode("Initiative", UUID.randomUUID()))))
			.userErrorCodes("referralCreate")).containsExactly("REQUIRED");
		assertThat(refer(intake, twente(), null).userErrorCodes("referralCreate")).isEmpty();
		assertThat(refer(intake, twente(), null).userErrorCodes("referralCreate")).containsExactly("INTAKE_CLOSED");
		assertThat(this.graphQl
			.execute(TWENTE_COORDINATOR, CREATE, Map.of("input", Map.of("intakeId", intake, "toWerkplaatsId", woo)))
			.userErrorCodes("referralCreate")).containsExactly("NOT_FOUND");
	}

	@Test
	void aDeclinedReferralReturnsTheQuestionToTheSenderWithTheReason() {
		String intake = intake("werkplaats-online-ondernemen", true);
		String referral = refer(intake, twente(), null).path("$.data.referralCreate.referral.id");

		Response noReason = this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralDeclineInput!) { referralDecline(input: $input) { userErrors { code field } } }",
				Map.of("input", Map.of("id", referral, "reason", " ")));
		assertThat(noReason.userErrorCodes("referralDecline")).containsExactly("REQUIRED");
		Response declined = this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralDeclineInput!) { referralDecline(input: $input) { " + REFERRAL
						+ " userErrors { code } } }",
				Map.of("input", Map.of("id", referral, "reason", "Geen plek dit semester", "expectedVersion", 0)));
		assertThat(declined.<String>path("$.data.referralDecline.referral.status")).isEqualTo("DECLINED");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("status", "IN_REVIEW"));
		Map<String, Object> seen = this.graphQl
			.execute(WOO_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Referral { status declineReason } } }",
					Map.of("id", referral))
			.path("$.data.node");
		assertThat(seen).containsEntry("declineReason", "Geen plek dit semester");
		assertThat(TestMail.awaitMessage("werkplaats-online-ondernemen-coordinator@example.nl",
				"Doorverwijzing afgewezen"))
			.isNotNull();
		Response again = this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { userErrors { code } } }",
				Map.of("input", Map.of("id", referral)));
		assertThat(again.userErrorCodes("referralAccept")).containsExactly("INVALID_STATE");
	}

	@Test
	void theSenderWithdrawsAWaitingReferralAndStaleVersionsAreConflicts() {
		String intake = intake("werkplaats-online-ondernemen", true);
		String referral = refer(intake, twente(), null).path("$.data.referralCreate.referral.id");
		String withdraw = "mutation($input: ReferralWithdrawInput!) { referralWithdraw(input: $input) { "
				+ "referral { status } userErrors { code } } }";

		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, withdraw, Map.of("input", Map.of("id", referral, "expectedVersion", 7)))
			.userErrorCodes("referralWithdraw")).containsExactly("CONFLICT");
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, withdraw, Map.of("input", Map.of("id", referral))).errors())
			.isNotEmpty();
		assertThat(this.graphQl.execute(WOO_COORDINATOR, withdraw, Map.of("input", Map.of("id", referral)))
			.<String>path("$.data.referralWithdraw.referral.status")).isEqualTo("WITHDRAWN");
		assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("status", "IN_REVIEW");
		assertThat(TestMail.awaitMessage("digitale-werkplaats-twente-coordinator@example.nl",
				"Doorverwijzing ingetrokken"))
			.isNotNull();
	}

	@Test
	void anUnansweredReferralExpiresAndTheQuestionComesBack() throws SQLException {
		String intake = intake("werkplaats-online-ondernemen", true);
		String referral = refer(intake, twente(), null).path("$.data.referralCreate.referral.id");
		UUID id = GlobalId.idOf(referral, "Referral").orElseThrow();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement age = owner
					.prepareStatement("update referral set created_at = now() - interval '15 days' where id = ?")) {
			age.setObject(1, id);
			age.executeUpdate();
		}

		this.expiringReferrals.expireNow();

		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Referral { status } } }",
					Map.of("id", referral))
			.<String>path("$.data.node.status")).isEqualTo("EXPIRED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(intakeOf(WOO_COORDINATOR, intake)).containsEntry("status", "IN_REVIEW"));
		assertThat(
				TestMail.awaitMessage("werkplaats-online-ondernemen-coordinator@example.nl", "Doorverwijzing verlopen"))
			.isNotNull();
	}

	@Test
	void aThirdWerkplaatsSeesNothingOfTheReferralTheReceivedIntakeOrTheOrganisation() throws SQLException {
		String intake = intake("werkplaats-online-ondernemen", true);
		String referral = refer(intake, twente(), null).path("$.data.referralCreate.referral.id");
		String received = this.graphQl
			.execute(TWENTE_COORDINATOR,
					"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { referral { "
							+ "receivedIntake { id organisation { id } } } } }",
					Map.of("input", Map.of("id", referral)))
			.path("$.data.referralAccept.referral.receivedIntake.id");
		String organisation = this.graphQl
			.execute(TWENTE_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Intake { organisation { id } } } }",
					Map.of("id", received))
			.path("$.data.node.organisation.id");
		assertThat(organisation).isNotNull();

		for (String id : List.of(referral, received, organisation, intake)) {
			assertThat(nodeOf(MKB_DIGITAL_WORKSPACE_COORDINATOR, id)).as(id).isNull();
			assertThat(nodeOf(WOO_TEACHER, id)).as(id).isNull();
		}
		assertThat(nodeOf(WOO_COORDINATOR, received)).isNull();
		assertThat(nodeOf(WOO_COORDINATOR, referral)).isNotNull();
		assertThat(nodeOf(NETWORK_COORDINATOR, referral)).isNotNull();
		assertThat(this.graphQl
			.execute(MKB_DIGITAL_WORKSPACE_COORDINATOR, "{ referrals(first: 100) { totalCount nodes { id } } }")
			.<List<String>>path("$.data.referrals.nodes[*].id")).doesNotContain(referral);
		Response decline = this.graphQl.execute(MKB_DIGITAL_WORKSPACE_COORDINATOR,
				"mutation($input: ReferralDeclineInput!) { referralDecline(input: $input) { userErrors { code } } }",
				Map.of("input", Map.of("id", referral, "reason", "gekaapt")));
		assertThat(decline.errors()).isNotEmpty();

		UUID id = GlobalId.idOf(referral, "Referral").orElseThrow();
		try (Connection mkb = actingFor("mkb-digital-workspace")) {
			assertThat(count(mkb, "select count(*) from referral where id = '" + id + "'")).isZero();
			assertThat(
					mkb.createStatement().executeUpdate("update referral set note = 'gekaapt' where id = '" + id + "'"))
				.isZero();
		}
		try (Connection twente = actingFor("digitale-werkplaats-twente")) {
			assertThat(count(twente, "select count(*) from referral where id = '" + id + "'")).isOne();
			UUID woo = GlobalId.idOf(werkplaatsId("werkplaats-online-ondernemen"), "Werkplaats").orElseThrow();
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> twente.createStatement()
				.executeUpdate("insert into referral (id, werkplaats_id, to_werkplaats_id, intake_id, organisation_id, "
						+ "question, sent_by_subject) select gen_random_uuid(), '" + woo + "', werkplaats_id, id, "
						+ "organisation_id, 'vals', 'x' from intake limit 1")))
				.hasMessageContaining("row-level security");
		}
	}

	@Test
	void theNetworkSeesTheReferralMapAsCountsAndWerkplaatsStaffDoNot() {
		String intake = intake("werkplaats-online-ondernemen", true);
		String referral = refer(intake, twente(), null).path("$.data.referralCreate.referral.id");
		this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { userErrors { code } } }",
				Map.of("input", Map.of("id", referral)));
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
		String query = "query($period: ReferralPeriodInput!) { referralFlows(period: $period) { from { slug } to { slug } "
				+ "sent accepted declined expired withdrawn medianHoursToAnswer } }";
		Map<String, Object> period = Map.of("period", Map.of("from", today, "to", today));

		for (Persona reader : List.of(NETWORK_COORDINATOR, MINISTRY_ANALYST)) {
			List<Map<String, Object>> flows = this.graphQl.execute(reader, query, period)
				.path("$.data.referralFlows[?(@.from.slug == 'werkplaats-online-ondernemen' "
						+ "&& @.to.slug == 'digitale-werkplaats-twente')]");
			assertThat(flows).hasSize(1);
			assertThat(((Number) flows.getFirst().get("accepted")).intValue()).isPositive();
			assertThat(flows.getFirst().get("medianHoursToAnswer")).isNotNull();
		}
		assertThat(this.graphQl.execute(WOO_COORDINATOR, query, period).classifications()).contains("FORBIDDEN");
		Response backwards = this.graphQl.execute(NETWORK_COORDINATOR, query,
				Map.of("period", Map.of("from", today, "to", "2020-01-01")));
		assertThat(backwards.classifications()).contains("BAD_REQUEST");
	}

	@Test
	void referralsListsInAConstantNumberOfStatements() {
		for (int i = 0; i < 12; i++) {
			refer(intake("werkplaats-online-ondernemen", true), twente(), null);
		}
		TestMail.awaitEventListeners();
		String query = "{ referrals(direction: OUTGOING, first: %d) { totalCount nodes { status from { slug } "
				+ "to { slug } organisation { name } intake { reference } outcome { intakeStatus trajectStatus } } } }";

		List<String> small = this.statements
			.record(() -> assertThat(this.graphQl.execute(WOO_COORDINATOR, query.formatted(10)).errors()).isEmpty());
		List<String> large = this.statements
			.record(() -> assertThat(this.graphQl.execute(WOO_COORDINATOR, query.formatted(100)).errors()).isEmpty());

		assertThat(large).as(() -> String.join("\n", large)).hasSameSizeAs(small);
	}

	/**
	 * The emails and reactions of the referrals above run first: they are not the list's
	 * statements.
	 */
	private String intake(String slug, boolean shareWithNetwork) {
		Map<String, Object> input = TestIntakes.valid(slug);
		input.put("shareWithNetwork", shareWithNetwork);
		return this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", input))
			.path("$.data.intakeSubmit.intake.id");
	}

	private Response refer(String intake, String to, Map<String, Object> consent) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("intakeId", intake);
		input.put("toWerkplaatsId", to);
		input.put("note", "Past beter bij jullie data-aanbod.");
		if (consent != null) {
			input.put("consent", consent);
		}
		return this.graphQl.execute(WOO_COORDINATOR, CREATE, Map.of("input", input));
	}

	private Map<String, Object> intakeOf(Persona persona, String id) {
		Response response = this.graphQl.execute(persona,
				"query($id: ID!) { node(id: $id) { ... on Intake { status referral { id } } } }", Map.of("id", id));
		assertThat(response.errors()).isEmpty();
		return response.path("$.data.node");
	}

	private Object nodeOf(Persona persona, String id) {
		return this.graphQl.execute(persona, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id))
			.path("$.data.node");
	}

	private String twente() {
		return werkplaatsId("digitale-werkplaats-twente");
	}

	private String werkplaatsId(String slug) {
		return this.graphQl.execute(NETWORK_COORDINATOR, "{ werkplaats(slug: \"" + slug + "\") { id } }")
			.path("$.data.werkplaats.id");
	}

	private String firstOffer(String slug) {
		return this.graphQl
			.execute(TWENTE_COORDINATOR, "{ werkplaats(slug: \"" + slug + "\") { offers(first: 1) { nodes { id } } } }")
			.path("$.data.werkplaats.offers.nodes[0].id");
	}

	private String archivedWerkplaats() throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement insert = owner.prepareStatement("""
						insert into werkplaats (id, slug, name, status, archived_at)
						values (?, ?, 'Gesloten Werkplaats', 'ARCHIVED', now())""")) {
			insert.setObject(1, id);
			insert.setString(2, "gesloten-" + id.toString().substring(0, 8));
			insert.executeUpdate();
		}
		return GlobalId.encode("Werkplaats", id);
	}

	private long countReferrals() {
		try (Connection owner = TestPostgres.database().connectAsOwner()) {
			return count(owner, "select count(*) from referral");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection actingFor(String slug) throws SQLException {
		Connection connection = TestPostgres.database().connectAsApp();
		connection.setAutoCommit(false);
		UUID werkplaats;
		try (PreparedStatement query = connection.prepareStatement("select id from werkplaats where slug = ?")) {
			query.setString(1, slug);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				werkplaats = rows.getObject(1, UUID.class);
			}
		}
		try (PreparedStatement set = connection.prepareStatement("select set_config('app.werkplaats', ?, true)")) {
			set.setString(1, werkplaats.toString());
			set.execute();
		}
		return connection;
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
