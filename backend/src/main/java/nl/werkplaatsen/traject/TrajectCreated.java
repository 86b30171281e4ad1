package nl.werkplaatsen.traject;

import java.util.UUID;

/**
 * A traject was created from an intake (committed); the intake module closes the intake
 * as matched in reaction. Carries ids only.
 *
 * @param trajectId the traject
 * @param intakeId the intake it was created from
 * @param werkplaatsId its werkplaats
 * @param werkplaatsSlug its werkplaats's slug, to act for it
 * @param organisationId the organisation it is for
 */
public record TrajectCreated(UUID trajectId, UUID intakeId, UUID werkplaatsId, String werkplaatsSlug,
		UUID organisationId) {
}
