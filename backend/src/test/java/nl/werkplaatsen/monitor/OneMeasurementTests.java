package nl.werkplaatsen.monitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.MovableClock;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1-meting from completion to answer: scheduled six months ahead for a contact who
 * consented, sent by the job when due with a personal link, opened and answered without a
 * login, checked question by question, and the link used up; invisible to other
 * werkplaatsen.
 */
@PlatformTest
class OneMeasurementTests {

	static final String WOO = "werkplaats-online-ondernemen";

	static final String MONITOR = "query($id: ID!) { node(id: $id) { ... on Traject { monitor { status dueOn sentAt"
			+ " answeredAt } } } }";

	static final String FORM = """
			query($token: String!) { monitorForm(token: $token) { werkplaats { slug } title
			  instrument { key } questions { key text national } } }""";

	static final String SUBMIT = """
			mutation($input: MonitorResponseSubmitInput!) { monitorResponseSubmit(input: $input) {
			  answered userErrors { code field message } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	MonitorInvitations invitations;

	@Autowired
	MovableClock clock;

	private String lastIntake;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void aCompletedTrajectsOneMeasurementIsSentWhenDueAndAnsweredOnceThroughItsLink() throws Exception {
		String email = "monitor-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
		String traject = completedTraject(email, true);
		TestMail.awaitEventListeners();
		Map<String, Object> scheduled = monitor(WOO_COORDINATOR, traject);
		assertThat(scheduled).containsEntry("status", "SCHEDULED")
			.containsEntry("dueOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plus(Period.ofMonths(6)).toString());
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, MONITOR, Map.of("id", traject)).<Object>path("$.data.node"))
			.isNull();

		// Not due yet; six months later it is, and the link goes out.
		this.invitations.sendDueNow();
		TestMail.awaitEventListeners();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "SCHEDULED");
		this.clock.advance(Duration.ofDays(190));
		assertThat(this.invitations.sendDueNow()).isPositive();
		String token = TestMail.linkToken(TestMail.awaitMessage(email, "Korte vragenlijst"));
		TestMail.awaitEventListeners();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "SENT");

		Response form = this.graphQl.execute(ANONYMOUS, FORM, Map.of("token", token));
		assertThat(form.<String>path("$.data.monitorForm.werkplaats.slug")).isEqualTo(WOO);
		assertThat(form.<String>path("$.data.monitorForm.instrument.key")).startsWith("NL-1-METING-V1");
		assertThat(form.<List<String>>path("$.data.monitorForm.questions[*].key")).startsWith("q1a").contains("q6");

		// Every wrong answer is named by its question, and nothing is stored.
		List<Map<String, Object>> wrong = new ArrayList<>(validAnswers());
		wrong.removeIf((answer) -> answer.get("question").equals("q4"));
		wrong.replaceAll((answer) -> answer.get("question").equals("q2")
				? Map.of("question", "q2", "values", List.of("11")) : answer);
		wrong.add(Map.of("question", "q9", "values", List.of("a")));
		Response refused = this.graphQl.execute(ANONYMOUS, SUBMIT,
				Map.of("input", Map.of("token", token, "answers", wrong)));
		assertThat(refused.<List<List<String>>>path("$.data.monitorResponseSubmit.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("answers", "q2"), List.of("answers", "q4"), List.of("answers", "q9"));
		assertThat(responsesFor(traject)).isZero();

		Response answered = this.graphQl.execute(ANONYMOUS, SUBMIT,
				Map.of("input", Map.of("token", token, "answers", validAnswers())));
		assertThat(answered.<Boolean>path("$.data.monitorResponseSubmit.answered")).isTrue();
		assertThat(responsesFor(traject)).isEqualTo(1);
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "ANSWERED");

		// Counted in the werkplaats's results: the response rate, and its expectation
		// (CONCRETE_RESULT in the 0-meting) against vraag 1.
		String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
		String moved = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString();
		Response results = this.graphQl.execute(WOO_COORDINATOR, """
				query($from: Date!, $to: Date!) { monitorResults(instrumentKey: "NL-1-METING-V1",
				  period: { from: $from, to: $to }) { responseRate { completed sent answered }
				  expectations { expectation statement respondents agreeing } } }""",
				Map.of("from", today, "to", moved));
		assertThat(results.<Integer>path("$.data.monitorResults.responseRate.answered")).isPositive();
		assertThat(results.<List<Integer>>path(
				"$.data.monitorResults.expectations[?(@.expectation == 'CONCRETE_RESULT' && @.statement == 'q1a')].agreeing"))
			.singleElement()
			.satisfies((agreeing) -> assertThat(agreeing).isPositive());

		// The link is used up, and says so without revealing anything else.
		assertThat(this.graphQl.execute(ANONYMOUS, FORM, Map.of("token", token)).<Object>path("$.data.monitorForm"))
			.isNull();
		assertThat(this.graphQl
			.execute(ANONYMOUS, SUBMIT, Map.of("input", Map.of("token", token, "answers", validAnswers())))
			.userErrorCodes("monitorResponseSubmit")).containsExactly("LINK_USED");
		assertThat(this.graphQl
			.execute(ANONYMOUS, SUBMIT, Map.of("input", Map.of("token", "onbekend", "answers", validAnswers())))
			.userErrorCodes("monitorResponseSubmit")).containsExactly("LINK_INVALID");

		// Another werkplaats sees no response or invitation of it, in SQL either.
		UUID trajectId = nl.werkplaatsen.platform.graphql.GlobalId.idOf(traject, "Traject").orElseThrow();
		try (Connection twente = TestPostgres.database().connectAsAppActingFor("digitale-werkplaats-twente");
				var rows = twente.prepareStatement("""
						select (select count(*) from monitor_response where traject_id = ?)
						  + (select count(*) from monitor_invitation where traject_id = ?)""")) {
			rows.setObject(1, trajectId);
			rows.setObject(2, trajectId);
			try (ResultSet count = rows.executeQuery()) {
				count.next();
				assertThat(count.getLong(1)).isZero();
			}
			twente.rollback();
		}
		assertThat(responsesFor(traject)).isEqualTo(1);
	}

	@Test
	void withoutConsentNothingIsSentAndStaffRecordAResponseByPhone() {
		String traject = completedTraject("geen-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl",
				false);
		TestMail.awaitEventListeners();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "NO_CONSENT");
		assertThat(this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: MonitorInvitationSendInput!) { monitorInvitationSend(input: $input) {
				  userErrors { code } } }""", Map.of("input", Map.of("trajectId", traject)))
			.userErrorCodes("monitorInvitationSend")).containsExactly("CONSENT_REQUIRED");

		String record = """
				mutation($input: MonitorResponseRecordInput!) { monitorResponseRecord(input: $input) {
				  answered userErrors { code field } } }""";
		assertThat(
				this.graphQl
					.execute(TWENTE_COORDINATOR, record,
							Map.of("input",
									Map.of("trajectId", traject, "channel", "PHONE", "answers", validAnswers())))
					.userErrorCodes("monitorResponseRecord"))
			.containsExactly("NOT_FOUND");
		Response recorded = this.graphQl.execute(WOO_COORDINATOR, record,
				Map.of("input", Map.of("trajectId", traject, "channel", "PHONE", "answers", validAnswers())));
		assertThat(recorded.<Boolean>path("$.data.monitorResponseRecord.answered")).isTrue();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "ANSWERED");
		assertThat(
				this.graphQl
					.execute(WOO_COORDINATOR, record,
							Map.of("input",
									Map.of("trajectId", traject, "channel", "PAPER", "answers", validAnswers())))
					.userErrorCodes("monitorResponseRecord"))
			.containsExactly("INVALID_STATE");
	}

	@Test
	void aWithdrawnConsentStopsTheOneMeasurementAndItsLink() {
		String email = "weg-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
		String traject = completedTraject(email, true);
		TestMail.awaitEventListeners();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "SCHEDULED");
		Response withdrawn = this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: IntakeContactConsentWithdrawInput!) { intakeContactConsentWithdraw(input: $input) {
				  userErrors { code } } }""", Map.of("input", Map.of("id", this.lastIntake)));
		assertThat(withdrawn.userErrorCodes("intakeContactConsentWithdraw")).isEmpty();
		TestMail.awaitEventListeners();
		assertThat(monitor(WOO_COORDINATOR, traject)).containsEntry("status", "NO_CONSENT");
	}

	static List<Map<String, Object>> validAnswers() {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (String statement : List.of("a", "b", "c", "d", "e", "f", "g")) {
			answers.add(Map.of("question", "q1" + statement, "values", List.of("AGREE")));
		}
		answers.add(Map.of("question", "q2", "values", List.of("8")));
		answers.add(Map.of("question", "q3", "text", "Een beter beeld van onze data."));
		answers.add(Map.of("question", "q4", "values", List.of("9")));
		answers.add(Map.of("question", "q5", "values", List.of("d", "h"), "text", "Een dashboard laten bouwen"));
		return answers;
	}

	private String completedTraject(String email, boolean followUpSurvey) {
		Map<String, Object> input = TestIntakes.valid(WOO);
		input.put("contactEmail", email);
		input.put("followUpSurvey", followUpSurvey);
		String reference = TestIntakes.submit(this.graphQl, input);
		String intake = this.graphQl
			.execute(WOO_COORDINATOR, "query($f: IntakeFilter) { intakes(first: 1, filter: $f) { nodes { id } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0].id");
		this.lastIntake = intake;
		String offer = this.graphQl.execute(WOO_COORDINATOR,
				"query($id: ID!) { node(id: $id) { ... on Intake { offerSuggestions(first: 1) { offer { id } } } } }",
				Map.of("id", intake))
			.path("$.data.node.offerSuggestions[0].offer.id");
		String traject = this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { traject { id } } }",
					Map.of("input", Map.of("intakeId", intake, "offerId", offer, "academicPeriod", "PERIOD_3")))
			.path("$.data.trajectCreate.traject.id");
		step("trajectStart", "TrajectStartInput", traject);
		this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: TrajectDeliverableAddInput!) { trajectDeliverableAdd(input: $input) {
				  userErrors { code } } }""", Map.of("input", Map.of("trajectId", traject, "kind", "ROADMAP", "title",
				"Stappenplan", "link", "https://example.org/stappenplan.pdf")));
		step("trajectDeliver", "TrajectDeliverInput", traject);
		assertThat(step("trajectComplete", "TrajectCompleteInput", traject)
			.<String>path("$.data.trajectComplete.traject.status")).isEqualTo("COMPLETED");
		return traject;
	}

	private Response step(String mutation, String inputType, String id) {
		return this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: " + inputType + "!) { " + mutation
						+ "(input: $input) { traject { status } userErrors { code field message } } }",
				Map.of("input", Map.of("id", id)));
	}

	private Map<String, Object> monitor(nl.werkplaatsen.support.Persona persona, String traject) {
		return this.graphQl.execute(persona, MONITOR, Map.of("id", traject)).path("$.data.node.monitor");
	}

	private static long responsesFor(String traject) throws Exception {
		UUID id = nl.werkplaatsen.platform.graphql.GlobalId.idOf(traject, "Traject").orElseThrow();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				var query = owner.prepareStatement("select count(*) from monitor_response where traject_id = ?")) {
			query.setObject(1, id);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
