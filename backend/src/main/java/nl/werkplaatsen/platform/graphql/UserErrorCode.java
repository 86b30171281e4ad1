package nl.werkplaatsen.platform.graphql;

/**
 * The stable codes of user errors.
 */
public enum UserErrorCode {

	/** A required value is missing or blank. */
	REQUIRED,

	/** A value is longer than allowed. */
	TOO_LONG,

	/** A number is outside its allowed range. */
	OUT_OF_RANGE,

	/** A value does not have the required format. */
	INVALID_FORMAT,

	/** A value is already taken, e.g. a slug. */
	TAKEN,

	/** The record changed since the expected version was read. */
	CONFLICT,

	/** The change is not allowed in the record's current state. */
	INVALID_STATE,

	/** Consent is required and was not given. */
	CONSENT_REQUIRED,

	/**
	 * A werkplaats named itself where another one is needed, e.g. as a referral's target.
	 */
	SAME_WERKPLAATS,

	/** The named werkplaats is archived and takes no new work. */
	WERKPLAATS_ARCHIVED,

	/** The intake is closed (matched, referred, declined or withdrawn). */
	INTAKE_CLOSED,

	/** Another werkplaats leads the organisation's account and decides about it. */
	NOT_LEAD_WERKPLAATS,

	/** Too many submissions from this client address; try again in a minute. */
	RATE_LIMITED,

	/** The personal link is not (or no longer) known: check it, or ask for a new one. */
	LINK_INVALID,

	/** The personal link has expired. */
	LINK_EXPIRED,

	/** The personal link was used already: the answers are in. */
	LINK_USED,

	/**
	 * A referenced record (e.g. a team member or offer) does not exist or is not visible.
	 */
	NOT_FOUND,

	/**
	 * A service the change depends on (Keycloak) could not be reached or failed; nothing
	 * was changed, and trying again is safe.
	 */
	UNAVAILABLE,

	/** Keycloak refused the change, for the reason given; nothing was changed. */
	REFUSED,

	/**
	 * The change is done, but the invitation email could not be sent; inviting again
	 * resends it.
	 */
	INVITATION_NOT_SENT

}
