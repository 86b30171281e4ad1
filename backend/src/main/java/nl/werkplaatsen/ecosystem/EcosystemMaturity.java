package nl.werkplaatsen.ecosystem;

/**
 * The digital maturity an activity is meant for (Regioscan: volwassenheid).
 */
public enum EcosystemMaturity {

	/** Laag. */
	LOW,

	/** Middel. */
	MEDIUM,

	/** Hoog. */
	HIGH,

	/** Ongespecificeerd. */
	UNSPECIFIED

}
