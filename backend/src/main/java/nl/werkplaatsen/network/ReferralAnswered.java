package nl.werkplaatsen.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral was answered (committed): accepted, declined, expired or withdrawn. The
 * sender is told of the first three, the receiver of a withdrawal, and a referral that
 * came back returns the sender's intake into review. Ids only.
 *
 * @param referralId the referral
 * @param status its new status
 * @param fromWerkplaatsId the sending werkplaats
 * @param toWerkplaatsId the receiving werkplaats, null for an initiative
 * @param intakeId the sender's intake
 */
public record ReferralAnswered(UUID referralId, ReferralStatus status, UUID fromWerkplaatsId,
		@Nullable UUID toWerkplaatsId, UUID intakeId) {
}
