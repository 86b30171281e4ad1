package nl.werkplaatsen.taxonomy;

/**
 * How far a business is with digitalisation.
 */
public enum DigitalMaturity {

	/** Laag. */
	LOW,

	/** Middel. */
	MEDIUM,

	/** Hoog. */
	HIGH

}
