package nl.werkplaatsen.taxonomy;

/**
 * A business size class by number of employees (fte).
 */
public enum SizeClass {

	/** Micro: 1 to 10. */
	MICRO,

	/** Klein: 10 to 50. */
	SMALL,

	/** Middel: 50 to 250. */
	MEDIUM

}
