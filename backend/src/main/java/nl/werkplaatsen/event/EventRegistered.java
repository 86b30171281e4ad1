package nl.werkplaatsen.event;

import java.util.UUID;

/**
 * Someone registered for an event (committed): they get a confirmation. Ids only.
 *
 * @param registrationId the registration
 * @param eventId the event
 * @param werkplaatsId its werkplaats
 */
public record EventRegistered(UUID registrationId, UUID eventId, UUID werkplaatsId) {
}
