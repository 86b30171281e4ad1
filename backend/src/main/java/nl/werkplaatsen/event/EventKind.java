package nl.werkplaatsen.event;

/**
 * The forms a training takes.
 */
public enum EventKind {

	/** Webinar. */
	WEBINAR,

	/** Masterclass. */
	MASTERCLASS,

	/** Workshop. */
	WORKSHOP,

	/** Kennissessie. */
	KNOWLEDGE_SESSION,

	/** Spreekuur. */
	CONSULTATION_HOUR

}
