package nl.werkplaatsen.traject;

import java.time.Instant;
import java.util.UUID;

/**
 * A traject was completed; the follow-up survey (1-meting), due six months later, hangs
 * on this. Carries ids only.
 *
 * @param trajectId the traject
 * @param werkplaatsId its werkplaats
 * @param organisationId the organisation it was for
 * @param offerId the offer it delivered
 * @param completedAt when it was completed
 */
public record TrajectCompleted(UUID trajectId, UUID werkplaatsId, UUID organisationId, UUID offerId,
		Instant completedAt) {
}
