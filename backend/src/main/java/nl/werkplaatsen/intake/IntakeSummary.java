package nl.werkplaatsen.intake;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the emails about an intake say: no more personal data than the recipient needs.
 *
 * @param intakeId the intake
 * @param reference the reference the entrepreneur can quote
 * @param question the question
 * @param organisationName the organisation's name as registered
 * @param contactName the contact person
 * @param contactEmail where the confirmation goes
 * @param submittedAt when it came in
 * @param channel how it came in (website or staff)
 * @param organisationId the organisation
 */
public record IntakeSummary(UUID intakeId, String reference, String question, @Nullable String organisationName,
		String contactName, String contactEmail, Instant submittedAt, String channel, UUID organisationId) {
}
