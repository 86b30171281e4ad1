package nl.werkplaatsen.werkplaats;

/**
 * A Dutch province, where a werkplaats serves businesses.
 */
public enum Province {

	/** Groningen. */
	GRONINGEN,

	/** Fryslân. */
	FRIESLAND,

	/** Drenthe. */
	DRENTHE,

	/** Overijssel. */
	OVERIJSSEL,

	/** Flevoland. */
	FLEVOLAND,

	/** Gelderland. */
	GELDERLAND,

	/** Utrecht. */
	UTRECHT,

	/** Noord-Holland. */
	NOORD_HOLLAND,

	/** Zuid-Holland. */
	ZUID_HOLLAND,

	/** Zeeland. */
	ZEELAND,

	/** Noord-Brabant. */
	NOORD_BRABANT,

	/** Limburg. */
	LIMBURG

}
