package nl.werkplaatsen.traject;

/**
 * What a traject hands over.
 */
public enum DeliverableKind {

	/** Advies. */
	ADVICE,

	/** Roadmap or stappenplan. */
	ROADMAP,

	/** Prototype or proof of concept. */
	PROTOTYPE,

	/** Report (rapport). */
	REPORT

}
