package nl.werkplaatsen.offer;

/**
 * The form an offer takes.
 */
public enum OfferFormat {

	/** A student traject for one company, days to twenty weeks. */
	TRAJECT,

	/** A workshop. */
	WORKSHOP,

	/** A webinar. */
	WEBINAR,

	/** A masterclass. */
	MASTERCLASS,

	/** A scan or assessment. */
	SCAN,

	/** A consultation hour (spreekuur). */
	CONSULTATION_HOUR

}
