/**
 * The network layer: what makes twenty werkplaatsen one platform. Closed-loop referrals
 * between werkplaatsen, the entrepreneur's journey across the country, shared account
 * management and next steps.
 *
 * <p>
 * A referral row belongs to the sending werkplaats and is read by exactly its two
 * werkplaatsen (row-level security) and national reads. The intake module closes, takes
 * back and receives intakes for it through {@code Intakes}; the journey reads the
 * touchpoint views of the intake, traject, event and offer modules, never their tables.
 * Announcements ({@link nl.werkplaatsen.network.ReferralSent},
 * {@link nl.werkplaatsen.network.ReferralAnswered}) go to the notification module after
 * commit.
 */
@NullMarked
package nl.werkplaatsen.network;

import org.jspecify.annotations.NullMarked;
