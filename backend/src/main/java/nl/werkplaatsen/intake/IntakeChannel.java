package nl.werkplaatsen.intake;

/**
 * How an intake came in.
 */
public enum IntakeChannel {

	/**
	 * The public intake form, anonymously or through the werkplaats's frontend client.
	 */
	WEBSITE,

	/** Entered by the werkplaats's staff. */
	STAFF,

	/** Accepted from another werkplaats's referral. */
	REFERRAL,

	/**
	 * The intake of a traject from the werkplaats's own spreadsheets (the history
	 * import).
	 */
	IMPORT

}
