package nl.werkplaatsen.taxonomy;

/**
 * A knelpunt that keeps a business from digitalising (Regioscan).
 */
public enum Obstacle {

	/** Niet weten: unaware of what digitalisation could bring. */
	NOT_KNOWING,

	/** Niet willen: aware, but not (yet) motivated. */
	NOT_WILLING,

	/** Niet kunnen: willing, but lacking knowledge, people or money. */
	NOT_ABLE,

	/** Vraagarticulatie: unable to put the question into words. */
	QUESTION_ARTICULATION

}
