package nl.werkplaatsen.ecosystem;

/**
 * What a provider is for an initiative.
 */
public enum ProviderRole {

	/** Initiatiefnemer. */
	INITIATOR("Initiatiefnemer"),

	/** Financier. */
	FINANCIER("Financier"),

	/** Uitvoerder. */
	EXECUTOR("Uitvoerder");

	private final String dutch;

	ProviderRole(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
