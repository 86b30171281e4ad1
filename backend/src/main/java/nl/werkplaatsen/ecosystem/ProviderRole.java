package nl.werkplaatsen.ecosystem;

/**
 * What a provider is for an initiative.
 */
public enum ProviderRole {

	/** Initiatiefnemer. */
	INITIATOR,

	/** Financier. */
	FINANCIER,

	/** Uitvoerder. */
	EXECUTOR

}
