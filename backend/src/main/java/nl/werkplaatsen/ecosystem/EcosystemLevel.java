package nl.werkplaatsen.ecosystem;

/**
 * A Regioscan class of reach (bereik) or effort (inspanning).
 */
public enum EcosystemLevel {

	/** Laag. */
	LOW("Laag"),

	/** Middel. */
	MEDIUM("Middel"),

	/** Hoog. */
	HIGH("Hoog");

	private final String dutch;

	EcosystemLevel(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
