package nl.werkplaatsen.organisation;

/**
 * What a contact person consented to.
 */
public enum ContactPurpose {

	/** Handling their intake (hulpvraag) and being contacted about it. */
	INTAKE,

	/** Registration for an event. */
	EVENT_REGISTRATION,

	/** The follow-up survey (1-meting) after a traject. */
	FOLLOW_UP_SURVEY,

	/**
	 * Sharing the organisation's journey with the other werkplaatsen of the network;
	 * nothing personal crosses a werkplaats's border without it.
	 */
	NETWORK_SHARING

}
