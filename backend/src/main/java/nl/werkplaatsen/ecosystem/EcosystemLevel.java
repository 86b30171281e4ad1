package nl.werkplaatsen.ecosystem;

/**
 * A Regioscan class of reach (bereik) or effort (inspanning).
 */
public enum EcosystemLevel {

	/** Laag. */
	LOW,

	/** Middel. */
	MEDIUM,

	/** Hoog. */
	HIGH

}
