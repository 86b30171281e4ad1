package nl.werkplaatsen.werkplaats;

/**
 * A Dutch province, where a werkplaats serves businesses.
 */
public enum Province {

	/** Groningen. */
	GRONINGEN("Groningen"),

	/** Fryslân. */
	FRIESLAND("Friesland"),

	/** Drenthe. */
	DRENTHE("Drenthe"),

	/** Overijssel. */
	OVERIJSSEL("Overijssel"),

	/** Flevoland. */
	FLEVOLAND("Flevoland"),

	/** Gelderland. */
	GELDERLAND("Gelderland"),

	/** Utrecht. */
	UTRECHT("Utrecht"),

	/** Noord-Holland. */
	NOORD_HOLLAND("Noord-Holland"),

	/** Zuid-Holland. */
	ZUID_HOLLAND("Zuid-Holland"),

	/** Zeeland. */
	ZEELAND("Zeeland"),

	/** Noord-Brabant. */
	NOORD_BRABANT("Noord-Brabant"),

	/** Limburg. */
	LIMBURG("Limburg");

	private final String dutch;

	Province(String dutch) {
		this.dutch = dutch;
	}

	/** Its Dutch name, as the reports write it. */
	public String dutch() {
		return this.dutch;
	}

}
