package nl.werkplaatsen.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations of events past the retention term lose the person's details and keep
 * their attendance; those of recent events stay as they are.
 */
@PlatformTest
class RegistrationRetentionTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	RegistrationRetention retention;

	@Test
	void registrationsOfAnEventLongPastAreErasedButKeepTheirAttendance() throws SQLException {
		String email = "retentie-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
		UUID old = eventWithRegistration(email);
		UUID recent = eventWithRegistration(email);
		owner("update event_registration set attended = true where event_id = ?", old);
		owner("update event set starts_at = now() - interval '2 years', ends_at = null where id = ?", old);

		assertThat(this.retention.erasePastRegistrations()).isPositive();

		assertThat(registration(old)).isEqualTo("(verwijderd) true");
		assertThat(registration(recent)).isEqualTo("Priva Persoon null");
		assertThat(this.retention.erasePastRegistrations()).as("nothing twice").isZero();
	}

	private UUID eventWithRegistration(String email) {
		String event = this.graphQl
			.execute(WOO_COORDINATOR, """
					mutation($input: EventCreateInput!) { eventCreate(input: $input) { event { id } } }""",
					Map.of("input", Map.of("title", "Spreekuur", "kind", "CONSULTATION_HOUR", "startsAt",
							OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0).toString(), "online", true)))
			.path("$.data.eventCreate.event.id");
		this.graphQl.execute(ANONYMOUS, """
				mutation($input: EventRegisterInput!) { eventRegister(input: $input) { registered } }""",
				Map.of("input", Map.of("eventId", event, "name", "Priva Persoon", "email", email, "consent", true)));
		return GlobalId.decode(event).orElseThrow().id();
	}

	private static String registration(UUID event) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement read = owner
					.prepareStatement("select name || ' ' || coalesce(attended::text, 'null') from event_registration "
							+ "where event_id = ?")) {
			read.setObject(1, event);
			try (ResultSet result = read.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	private static void owner(String sql, UUID id) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, id);
			statement.executeUpdate();
		}
	}

}
