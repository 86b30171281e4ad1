package nl.werkplaatsen.intake;

import java.util.UUID;

/**
 * An intake was submitted (and committed): the entrepreneur gets a confirmation with the
 * reference, the werkplaats's coordinators a notification. Carries ids only, no personal
 * data.
 *
 * @param intakeId the intake
 * @param werkplaatsId its werkplaats
 * @param reference the reference the entrepreneur can quote
 */
public record IntakeSubmitted(UUID intakeId, UUID werkplaatsId, String reference) {
}
