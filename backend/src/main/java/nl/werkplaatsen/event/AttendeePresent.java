package nl.werkplaatsen.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An attendee who consented to the survey after the training was marked present; the
 * monitor's impact matrix hangs on this. Carries ids only.
 *
 * @param registrationId the registration
 * @param eventId the event
 * @param werkplaatsId its werkplaats
 * @param eventDay the day the event ended (Dutch time)
 */
public record AttendeePresent(UUID registrationId, UUID eventId, UUID werkplaatsId, LocalDate eventDay) {
}
