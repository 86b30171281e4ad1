package nl.werkplaatsen.taxonomy;

/**
 * A digitalisation theme an offer addresses.
 */
public enum Theme {

	/** Online marketing and sales. */
	ONLINE_MARKETING_AND_SALES,

	/** Data. */
	DATA,

	/** (Office) automation. */
	AUTOMATION,

	/** Cybersecurity. */
	CYBERSECURITY,

	/** Artificial intelligence. */
	AI,

	/** Anything else. */
	OTHER

}
