package nl.werkplaatsen.network;

import java.util.UUID;

/**
 * A referral was sent to another werkplaats (committed): its coordinators are told. Ids
 * only.
 *
 * @param referralId the referral
 * @param fromWerkplaatsId the sending werkplaats
 * @param toWerkplaatsId the receiving werkplaats
 */
public record ReferralSent(UUID referralId, UUID fromWerkplaatsId, UUID toWerkplaatsId) {
}
