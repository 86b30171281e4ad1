package nl.werkplaatsen.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestMail;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformTest
class EventApiTests {

	static final String CREATE = """
			mutation($input: EventCreateInput!) {
			  eventCreate(input: $input) { event { id title capacity } userErrors { code field } }
			}""";

	static final String REGISTER = """
			mutation($input: EventRegisterInput!) {
			  eventRegister(input: $input) { registered event { full } userErrors { code field } }
			}""";

	static final String REGISTRATIONS = """
			query($id: ID!) { node(id: $id) { ... on Event { registrationCount
			  registrations(first: 10) { totalCount nodes { id email attended } } } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void anAnonymousVisitorRegistersOnceWithConsentAndGetsAConfirmation() {
		String event = event(WOO_COORDINATOR, "Webinar: AI in de bakkerij", 30);
		String email = "bezoeker-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@voorbeeld.nl";

		Response registered = this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", registration(event, email)));
		Response twice = this.graphQl.execute(ANONYMOUS, REGISTER,
				Map.of("input", registration(event, email.toUpperCase())));
		Map<String, Object> noConsent = registration(event, "ander-" + email);
		noConsent.put("consent", false);
		Response refused = this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", noConsent));

		assertThat(registered.<Boolean>path("$.data.eventRegister.registered")).isTrue();
		// The public answer is the same for an address registered already: nobody can
		// probe who signed up.
		assertThat(twice.body()).isEqualTo(registered.body());
		assertThat(refused.userErrorCodes("eventRegister")).containsExactly("CONSENT_REQUIRED");
		assertThat(this.graphQl.execute(WOO_COORDINATOR, REGISTRATIONS, Map.of("id", event))
			.<Integer>path("$.data.node.registrations.totalCount")).isEqualTo(1);
		List<String> subjects = await().atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(TestMail.server().getReceivedMessages())
				.filter((message) -> recipients(message).contains(email))
				.map(EventApiTests::subject)
				.toList(), (messages) -> messages.size() == 2);
		assertThat(subjects).containsExactlyInAnyOrder("Aanmelding bevestigd: Webinar: AI in de bakkerij",
				"U was al aangemeld: Webinar: AI in de bakkerij");
	}

	@Test
	void staffRegisteringAnAddressRegisteredAlreadyAreToldSo() {
		String event = event(WOO_COORDINATOR, "Masterclass offertes", 30);
		String email = "dubbel-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@voorbeeld.nl";
		this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", registration(event, email)));

		Response byStaff = this.graphQl.execute(WOO_COORDINATOR, REGISTER, Map.of("input", registration(event, email)));

		assertThat(byStaff.userErrorCodes("eventRegister")).containsExactly("TAKEN");
	}

	@Test
	void aPastCancelledOrArchivedWerkplaatsEventRefusesBeforeAnythingElse() throws Exception {
		String past = event(WOO_COORDINATOR, "Was vorige week", 30);
		String cancelled = event(WOO_COORDINATOR, "Gaat niet door", 30);
		String archived = event(WOO_COORDINATOR, "Van een gestopte werkplaats", 30);
		ownerSql("update event set starts_at = now() - interval '7 days' where id = ?", past);
		ownerSql("update event set status = 'CANCELLED' where id = ?", cancelled);
		String slug = "gestopt-" + ThreadLocalRandom.current().nextInt(1_000_000);
		this.graphQl.execute(NETWORK_COORDINATOR, """
				mutation($input: WerkplaatsCreateInput!) { werkplaatsCreate(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("slug", slug, "name", "Werkplaats " + slug, "demo", true)));
		ownerSql("update werkplaats set status = 'ARCHIVED' where slug = '" + slug + "' and ? is not null", archived);
		ownerSql(
				"update event set werkplaats_id = (select id from werkplaats where slug = '" + slug + "') where id = ?",
				archived);

		for (String event : List.of(past, cancelled, archived)) {
			// Not even the missing details or the address are looked at.
			Map<String, Object> empty = new HashMap<>();
			empty.put("eventId", event);
			empty.put("name", "");
			empty.put("email", "geen adres");
			empty.put("consent", false);
			Response response = this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", empty));

			assertThat(response.userErrorCodes("eventRegister")).as(response.body()).containsExactly("INVALID_STATE");
			assertThat(response.<List<String>>path("$.data.eventRegister.userErrors[0].field"))
				.containsExactly("eventId");
		}
	}

	private static void ownerSql(String sql, String eventId) throws java.sql.SQLException {
		try (java.sql.Connection owner = nl.werkplaatsen.support.TestPostgres.database().connectAsOwner();
				java.sql.PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, nl.werkplaatsen.platform.graphql.GlobalId.decode(eventId).orElseThrow().id());
			statement.executeUpdate();
		}
	}

	@Test
	void aFullEventTakesNoMoreRegistrations() {
		String event = event(WOO_COORDINATOR, "Spreekuur cybersecurity", 1);

		this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", registration(event, "eerste@voorbeeld.nl")));
		Response second = this.graphQl.execute(ANONYMOUS, REGISTER,
				Map.of("input", registration(event, "tweede@voorbeeld.nl")));

		assertThat(second.userErrorCodes("eventRegister")).containsExactly("INVALID_STATE");
		assertThat(this.graphQl
			.execute(ANONYMOUS, "query($id: ID!) { node(id: $id) { ... on Event { full } } }", Map.of("id", event))
			.<Boolean>path("$.data.node.full")).isTrue();
		assertThat(this.graphQl.execute(WOO_COORDINATOR, REGISTRATIONS, Map.of("id", event))
			.<Integer>path("$.data.node.registrationCount")).isEqualTo(1);
	}

	@Test
	void theAgendaIsPublicButRegistrationsStayWithTheWerkplaatsStaff() {
		String event = event(WOO_COORDINATOR, "Workshop webwinkel", 20);
		this.graphQl.execute(ANONYMOUS, REGISTER, Map.of("input", registration(event, "agenda@voorbeeld.nl")));

		assertThat(this.graphQl
			.execute(ANONYMOUS,
					"{ events(werkplaatsSlug: \"werkplaats-online-ondernemen\", first: 100) { nodes { id } } }")
			.<List<String>>path("$.data.events.nodes[*].id")).contains(event);
		assertThat(this.graphQl
			.execute(ANONYMOUS, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { upcomingEvents { id } } }")
			.<List<String>>path("$.data.werkplaats.upcomingEvents[*].id")).isNotEmpty();
		for (var outsider : List.of(ANONYMOUS, TWENTE_COORDINATOR, WOO_STUDENT)) {
			Response seen = this.graphQl.execute(outsider, REGISTRATIONS, Map.of("id", event));
			assertThat(seen.<Object>path("$.data.node.registrations")).as(outsider.name()).isNull();
			assertThat(seen.classifications()).as(outsider.name())
				.containsOnly((outsider == ANONYMOUS) ? "UNAUTHORIZED" : "FORBIDDEN")
				.hasSize(2);
			assertThat(seen.<Integer>path("$.data.node.registrationCount")).isNull();
		}
		String registration = this.graphQl.execute(WOO_COORDINATOR, REGISTRATIONS, Map.of("id", event))
			.path("$.data.node.registrations.nodes[0].id");
		String mark = """
				mutation($input: RegistrationMarkAttendanceInput!) {
				  registrationMarkAttendance(input: $input) { registration { attended } userErrors { code } }
				}""";
		assertThat(this.graphQl
			.execute(TWENTE_COORDINATOR, mark,
					Map.of("input", Map.of("registrationId", registration, "attended", true)))
			.classifications()).containsExactly("NOT_FOUND");
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, mark, Map.of("input", Map.of("registrationId", registration, "attended", true)))
			.<Boolean>path("$.data.registrationMarkAttendance.registration.attended")).isTrue();
	}

	@Test
	void rejectsAnEventInThePastOrWithoutALocation() {
		Response response = this.graphQl.execute(WOO_COORDINATOR, CREATE, Map.of("input",
				Map.of("title", "Te laat", "kind", "WORKSHOP", "startsAt", "2020-01-01T10:00:00Z", "online", false)));

		assertThat(response.userErrorCodes("eventCreate")).containsExactlyInAnyOrder("OUT_OF_RANGE", "REQUIRED");
	}

	@Test
	void reachRecordsArePagedNewestPeriodFirstWithoutGapsOrRepeats() {
		String add = """
				mutation($input: ReachRecordAddInput!) { reachRecordAdd(input: $input) { userErrors { code } } }""";
		for (String month : List.of("2025-01", "2025-02", "2025-03")) {
			this.graphQl.execute(TWENTE_COORDINATOR, add, Map.of("input", Map.of("channel", "SOCIAL_MEDIA", "reached",
					10, "periodStart", month + "-01", "periodEnd", month + "-28")));
		}
		String page = """
				query($after: String) { reachRecords(first: 2, after: $after) {
				  totalCount nodes { periodStart } pageInfo { hasNextPage endCursor } } }""";
		List<String> all = this.graphQl
			.execute(TWENTE_COORDINATOR, "{ reachRecords(first: 100) { nodes { periodStart } } }")
			.path("$.data.reachRecords.nodes[*].periodStart");
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new java.util.HashMap<>();
			variables.put("after", after);
			Response response = this.graphQl.execute(TWENTE_COORDINATOR, page, variables);
			walked.addAll(response.path("$.data.reachRecords.nodes[*].periodStart"));
			after = Boolean.TRUE.equals(response.path("$.data.reachRecords.pageInfo.hasNextPage"))
					? response.path("$.data.reachRecords.pageInfo.endCursor") : null;
		}
		while (after != null);

		assertThat(all).hasSizeGreaterThanOrEqualTo(3);
		assertThat(walked).isEqualTo(all);
		assertThat(all).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void reachRecordsStayWithTheirWerkplaats() {
		String add = """
				mutation($input: ReachRecordAddInput!) {
				  reachRecordAdd(input: $input) { reachRecord { reached } userErrors { code field } }
				}""";
		int reached = ThreadLocalRandom.current().nextInt(100, 100_000);

		Response added = this.graphQl.execute(WOO_COORDINATOR, add, Map.of("input", Map.of("channel", "NEWSLETTER",
				"reached", reached, "periodStart", "2026-10-01", "periodEnd", "2026-10-31", "note", "Nieuwsbrief")));
		Response backwards = this.graphQl.execute(WOO_COORDINATOR, add, Map.of("input",
				Map.of("channel", "PRESS", "reached", 5, "periodStart", "2026-10-31", "periodEnd", "2026-10-01")));

		assertThat(added.<Integer>path("$.data.reachRecordAdd.reachRecord.reached")).isEqualTo(reached);
		assertThat(backwards.userErrorCodes("reachRecordAdd")).containsExactly("OUT_OF_RANGE");
		assertThat(this.graphQl.execute(WOO_COORDINATOR, "{ reachRecords(first: 100) { nodes { reached } } }")
			.<List<Integer>>path("$.data.reachRecords.nodes[*].reached")).contains(reached);
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, "{ reachRecords(first: 100) { nodes { reached } } }")
			.<List<Integer>>path("$.data.reachRecords.nodes[*].reached")).doesNotContain(reached);
	}

	private String event(nl.werkplaatsen.support.Persona staff, String title, int capacity) {
		return this.graphQl.execute(staff, CREATE,
				Map.of("input",
						Map.of("title", title, "kind", "WEBINAR", "startsAt",
								OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).withNano(0).toString(), "online", true,
								"capacity", capacity)))
			.path("$.data.eventCreate.event.id");
	}

	private static Map<String, Object> registration(String event, String email) {
		Map<String, Object> input = new HashMap<>();
		input.put("eventId", event);
		input.put("name", "Femke de Boer");
		input.put("email", email);
		input.put("organisationName", "Bloemenhuis De Boer");
		input.put("consent", true);
		return input;
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
