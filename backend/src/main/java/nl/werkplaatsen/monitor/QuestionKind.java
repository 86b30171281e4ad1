package nl.werkplaatsen.monitor;

/**
 * How a question of an instrument is answered.
 */
enum QuestionKind {

	/** A text. */
	OPEN,

	/** One value of an ordered range, such as 1 to 10. */
	SCALE,

	/** One of the options. */
	SINGLE_CHOICE,

	/** Any number of the options. */
	MULTIPLE_CHOICE

}
