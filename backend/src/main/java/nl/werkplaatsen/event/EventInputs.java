package nl.werkplaatsen.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.UserError;

/**
 * The GraphQL inputs and payloads of the event API.
 */
final class EventInputs {

	private EventInputs() {
	}

	record EventCreateInput(@Nullable String title, @Nullable String description, EventKind kind,
			OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt, boolean online, @Nullable String location,
			@Nullable Integer capacity) {
	}

	record EventPayload(@Nullable Event event, List<UserError> userErrors) {
	}

	record EventRegisterInput(String eventId, String name, String email, @Nullable String organisationName,
			@Nullable String kvkNumber, boolean consent, @Nullable String website, @Nullable Boolean followUpSurvey) {
	}

	record EventRegisterPayload(boolean registered, @Nullable Event event, List<UserError> userErrors) {
	}

	record AttendanceInput(String registrationId, boolean attended) {
	}

	record RegistrationPayload(@Nullable Registration registration, List<UserError> userErrors) {
	}

	record ReachRecordAddInput(ReachChannel channel, int reached, LocalDate periodStart, LocalDate periodEnd,
			@Nullable String note) {
	}

	record ReachRecordPayload(@Nullable ReachRecord reachRecord, List<UserError> userErrors) {
	}

}
