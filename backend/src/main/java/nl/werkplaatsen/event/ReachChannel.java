package nl.werkplaatsen.event;

/**
 * Where outreach without registrations happened.
 */
public enum ReachChannel {

	/** Social media posts. */
	SOCIAL_MEDIA,

	/** A newsletter. */
	NEWSLETTER,

	/** The werkplaats's website. */
	WEBSITE,

	/** Press, radio, local papers. */
	PRESS,

	/**
	 * A stand or talk at someone else's event (a fair, a business association evening).
	 */
	EVENT_ELSEWHERE,

	/** Anything else. */
	OTHER

}
