package nl.werkplaatsen.taxonomy;

/**
 * A period of the academic year, when students are available.
 */
public enum AcademicPeriod {

	/** Periode 1: September to mid-November. */
	PERIOD_1,

	/** Periode 2: mid-November to early February. */
	PERIOD_2,

	/** Periode 3: February to mid-April. */
	PERIOD_3,

	/** Periode 4: mid-April to early July. */
	PERIOD_4,

	/** Summer break: July and August, when few students are available. */
	SUMMER

}
