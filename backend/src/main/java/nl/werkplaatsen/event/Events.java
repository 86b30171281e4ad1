package nl.werkplaatsen.event;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of events: a registration with its event, for the
 * confirmation email, in the caller's transaction for the event's werkplaats.
 */
@Service
public class Events {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	Events(EventRepository events, RegistrationRepository registrations) {
		this.events = events;
		this.registrations = registrations;
	}

	/** The registration and the event it is for. */
	@Transactional
	public Optional<RegistrationSummary> registration(UUID registrationId) {
		return this.registrations.findById(registrationId)
			.flatMap((registration) -> this.events.findById(registration.getEventId())
				.map((event) -> new RegistrationSummary(registration.getName(), registration.getEmail(),
						event.getTitle(), event.getStartsAt(), event.isOnline(), event.getLocation())));
	}

	/**
	 * The registration and its event, if the attendee consented to the survey after the
	 * training; in the transaction of the registration's werkplaats.
	 */
	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> surveyRecipient(UUID registrationId) {
		return this.registrations.findById(registrationId)
			.filter(Registration::consentsToSurvey)
			.flatMap((registration) -> registration(registrationId));
	}

	/**
	 * What a registration confirmation says.
	 *
	 * @param name who registered
	 * @param email where the confirmation goes
	 * @param eventTitle the event
	 * @param startsAt when it starts
	 * @param online whether it is online
	 * @param location where, when not online
	 */
	public record RegistrationSummary(String name, String email, String eventTitle, java.time.Instant startsAt,
			boolean online, @org.jspecify.annotations.Nullable String location) {
	}

}
