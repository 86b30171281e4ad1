package nl.werkplaatsen.network;

/**
 * Where a referral stands: sent and waiting, or answered one way or another.
 */
public enum ReferralStatus {

	/** Sent, waiting for the receiving werkplaats. */
	SENT,

	/** Accepted: the receiving werkplaats has its own intake for it. */
	ACCEPTED,

	/** Declined by the receiving werkplaats, with a reason. */
	DECLINED,

	/** Not answered in time. */
	EXPIRED,

	/** Withdrawn by the sender before an answer. */
	WITHDRAWN

}
