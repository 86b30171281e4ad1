package nl.werkplaatsen.network;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.organisation.OrganisationRegister;

/**
 * What other modules may know of a referral: what an email about it says. Read across the
 * border, and holding nothing the two werkplaatsen do not both see.
 */
@Service
public class Referrals {

	private final ReferralRepository referrals;

	private final OrganisationRegister register;

	private final ExpiringReferrals expiry;

	Referrals(ReferralRepository referrals, OrganisationRegister register, ExpiringReferrals expiry) {
		this.referrals = referrals;
		this.register = register;
		this.expiry = expiry;
	}

	/**
	 * Runs the expiry of unanswered referrals now, as its job does every hour; for demo
	 * data.
	 */
	public int expireUnanswered() {
		return this.expiry.expireNow();
	}

	/**
	 * The referral as its emails describe it, in the caller's transaction for one of its
	 * two werkplaatsen.
	 */
	@Transactional(readOnly = true)
	public Optional<ReferralNotice> noticeOf(UUID id) {
		return this.referrals.findById(id)
			.map((referral) -> new ReferralNotice(referral.getId(), referral.getFromWerkplaatsId(),
					referral.getToWerkplaatsId(), this.register.nameOf(referral.getOrganisationId()).orElse(""),
					referral.getQuestion(), referral.getNote(), referral.getStatus(), referral.getDeclineReason(),
					referral.getCreatedAt(), referral.getOrganisationId()));
	}

	/**
	 * A referral as an email describes it.
	 *
	 * @param id the referral
	 * @param fromWerkplaatsId the sender
	 * @param toWerkplaatsId the receiver, null for an initiative
	 * @param organisationName the organisation's registered name
	 * @param question the question in the entrepreneur's words
	 * @param note the sender's note for the receiver
	 * @param status where it stands
	 * @param declineReason why it was declined
	 * @param createdAt when it was sent
	 * @param organisationId the organisation
	 */
	public record ReferralNotice(UUID id, UUID fromWerkplaatsId, @Nullable UUID toWerkplaatsId, String organisationName,
			String question, @Nullable String note, ReferralStatus status, @Nullable String declineReason,
			Instant createdAt, UUID organisationId) {
	}

}
