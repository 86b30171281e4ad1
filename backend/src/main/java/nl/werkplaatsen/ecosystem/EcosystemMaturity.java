package nl.werkplaatsen.ecosystem;

/**
 * The digital maturity an activity is meant for (Regioscan: volwassenheid).
 */
public enum EcosystemMaturity {

	/** Laag. */
	LOW("Laag"),

	/** Middel. */
	MEDIUM("Middel"),

	/** Hoog. */
	HIGH("Hoog"),

	/** Ongespecificeerd. */
	UNSPECIFIED("Ongespecificeerd");

	private final String dutch;

	EcosystemMaturity(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
