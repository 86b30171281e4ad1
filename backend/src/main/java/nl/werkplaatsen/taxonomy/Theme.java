package nl.werkplaatsen.taxonomy;

/**
 * A digitalisation theme an offer addresses.
 */
public enum Theme {

	/** Online marketing and sales. */
	ONLINE_MARKETING_AND_SALES("online marketing & sales"),

	/** Data. */
	DATA("data"),

	/** (Office) automation. */
	AUTOMATION("(kantoor)automatisering"),

	/** Cybersecurity. */
	CYBERSECURITY("cybersecurity"),

	/** Artificial intelligence. */
	AI("AI"),

	/** Anything else. */
	OTHER("overige thema's");

	private final String dutch;

	Theme(String dutch) {
		this.dutch = dutch;
	}

	/** How the reports and the emails name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
