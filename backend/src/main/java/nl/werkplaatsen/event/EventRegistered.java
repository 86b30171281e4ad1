package nl.werkplaatsen.event;

import java.util.UUID;

/**
 * Someone registered for an event (committed), or registered again with the same email
 * address: they get a confirmation, which says so in the second case (the public answer
 * does not, so it tells nobody who registered). Ids only.
 *
 * @param registrationId the registration
 * @param eventId the event
 * @param werkplaatsId its werkplaats
 * @param again whether the address was registered already (nothing new was stored)
 */
public record EventRegistered(UUID registrationId, UUID eventId, UUID werkplaatsId, boolean again) {
}
