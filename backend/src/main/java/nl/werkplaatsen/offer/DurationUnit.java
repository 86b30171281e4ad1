package nl.werkplaatsen.offer;

/**
 * The unit of a typical duration.
 */
public enum DurationUnit {

	/** Hours. */
	HOURS,

	/** Days. */
	DAYS,

	/** Weeks. */
	WEEKS

}
