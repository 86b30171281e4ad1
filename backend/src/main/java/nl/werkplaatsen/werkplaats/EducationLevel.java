package nl.werkplaatsen.werkplaats;

/**
 * A Dutch education level.
 */
public enum EducationLevel {

	/** Middelbaar beroepsonderwijs. */
	MBO,

	/** Hoger beroepsonderwijs. */
	HBO,

	/** Wetenschappelijk onderwijs. */
	WO

}
