package nl.werkplaatsen.network;

/**
 * What became of a referral to an initiative of the ecosystem map, as the sender learned
 * it.
 */
public enum InitiativeOutcome {

	/** The initiative confirmed it helps the entrepreneur. */
	CONFIRMED,

	/** The initiative did not respond. */
	NO_RESPONSE,

	/** The sender does not know. */
	UNKNOWN

}
