package nl.werkplaatsen.taxonomy;

/**
 * A knelpunt that keeps a business from digitalising (Regioscan).
 */
public enum Obstacle {

	/** Niet weten: unaware of what digitalisation could bring. */
	NOT_KNOWING("Niet weten"),

	/** Niet willen: aware, but not (yet) motivated. */
	NOT_WILLING("Niet willen"),

	/** Niet kunnen: willing, but lacking knowledge, people or money. */
	NOT_ABLE("Niet kunnen"),

	/** Vraagarticulatie: unable to put the question into words. */
	QUESTION_ARTICULATION("Probleemsignalering en vraagarticulatie");

	private final String dutch;

	Obstacle(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
