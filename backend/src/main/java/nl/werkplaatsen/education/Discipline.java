package nl.werkplaatsen.education;

/**
 * The field a programme educates for, as matching needs it.
 */
public enum Discipline {

	/** ICT, software. */
	ICT,

	/** Data science, business intelligence. */
	DATA,

	/** Marketing, communication, commerce. */
	MARKETING,

	/** Business administration, bedrijfskunde. */
	BUSINESS,

	/** Design, media. */
	DESIGN,

	/** Engineering, technology. */
	ENGINEERING,

	/** Anything else. */
	OTHER

}
