package nl.werkplaatsen.intake;

/**
 * How an intake came in.
 */
enum IntakeChannel {

	/**
	 * The public intake form, anonymously or through the werkplaats's frontend client.
	 */
	WEBSITE,

	/** Entered by the werkplaats's staff. */
	STAFF

}
