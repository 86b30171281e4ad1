package nl.werkplaatsen.monitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact matrix after a training: an attendee who consented and was marked present
 * gets it by email the day after, through the same personal link; one who did not consent
 * gets nothing.
 */
@PlatformTest
class TrainingSurveyTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	MonitorInvitations invitations;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void anAttendeeWhoConsentedGetsTheImpactMatrixTheDayAfter() throws Exception {
		String title = "Masterclass data " + UUID.randomUUID().toString().substring(0, 6);
		String event = this.graphQl.execute(WOO_COORDINATOR,
				"""
						mutation($input: EventCreateInput!) { eventCreate(input: $input) { event { id } userErrors { code } } }""",
				Map.of("input",
						Map.of("title", title, "kind", "WORKSHOP", "startsAt",
								OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0).toString(), "online", true,
								"capacity", 20)))
			.path("$.data.eventCreate.event.id");
		String consenting = "aanwezig-" + UUID.randomUUID().toString().substring(0, 6) + "@voorbeeld.nl";
		String silent = "stil-" + UUID.randomUUID().toString().substring(0, 6) + "@voorbeeld.nl";
		register(event, consenting, true);
		register(event, silent, false);
		List<Map<String, Object>> registrations = this.graphQl.execute(WOO_COORDINATOR,
				"query($id: ID!) { node(id: $id) { ... on Event { registrations(first: 10) { nodes { id email } } } } }",
				Map.of("id", event))
			.path("$.data.node.registrations.nodes");
		for (Map<String, Object> registration : registrations) {
			this.graphQl.execute(WOO_COORDINATOR, """
					mutation($input: RegistrationMarkAttendanceInput!) {
					  registrationMarkAttendance(input: $input) { registration { attended } } }""",
					Map.of("input", Map.of("registrationId", registration.get("id"), "attended", true)));
		}
		TestMail.awaitEventListeners();
		assertThat(invitationsFor(event)).isEqualTo(1);

		// The werkplaats has a form page of its own: the link points there.
		String page = "https://www.werkplaats-online-ondernemen.example.nl/vragenlijst";
		assertThat(formPage("geen-url").userErrorCodes("werkplaatsUpdate")).containsExactly("INVALID_FORMAT");
		assertThat(formPage(page).userErrorCodes("werkplaatsUpdate")).isEmpty();
		String mail;
		String token;
		try {
			this.clock.advance(Duration.ofDays(5));
			assertThat(this.invitations.sendDueNow()).isPositive();
			jakarta.mail.internet.MimeMessage message = TestMail.awaitMessage(consenting, "Wat heeft " + title);
			mail = new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			token = TestMail.linkToken(message);
		}
		finally {
			formPage(null);
		}
		assertThat(mail.replace("=\r\n", "").replace("=\n", "")).contains(page + "?token=" + token);
		Response form = this.graphQl.execute(ANONYMOUS,
				"""
						query($token: String!) { monitorForm(token: $token) { title instrument { key } questions { key text } } }""",
				Map.of("token", token));
		assertThat(form.<String>path("$.data.monitorForm.instrument.key")).isEqualTo("NL-IMPACTMATRIX-V1");
		assertThat(form.<String>path("$.data.monitorForm.title")).isEqualTo(title);
		assertThat(form.<List<String>>path("$.data.monitorForm.questions[*].text"))
			.allMatch((text) -> text.contains("uw deelname aan " + title));
	}

	private void register(String event, String email, boolean survey) {
		Map<String, Object> input = new HashMap<>();
		input.put("eventId", event);
		input.put("name", "Femke de Boer");
		input.put("email", email);
		input.put("consent", true);
		input.put("followUpSurvey", survey);
		assertThat(this.graphQl
			.execute(ANONYMOUS, """
					mutation($input: EventRegisterInput!) { eventRegister(input: $input) { registered } }""",
					Map.of("input", input))
			.<Boolean>path("$.data.eventRegister.registered")).isTrue();
	}

	private static long invitationsFor(String event) throws Exception {
		UUID id = nl.werkplaatsen.platform.graphql.GlobalId.idOf(event, "Event").orElseThrow();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				var query = owner.prepareStatement("select count(*) from monitor_invitation where event_id = ?")) {
			query.setObject(1, id);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private Response formPage(String url) {
		String id = this.graphQl.execute(WOO_ADMIN, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { id } }")
			.path("$.data.werkplaats.id");
		Map<String, Object> branding = new HashMap<>();
		branding.put("surveyFormUrl", url);
		return this.graphQl.execute(WOO_ADMIN, """
				mutation($input: WerkplaatsUpdateInput!) { werkplaatsUpdate(input: $input) {
				  userErrors { code field } } }""", Map.of("input", Map.of("id", id, "branding", branding)));
	}

}
