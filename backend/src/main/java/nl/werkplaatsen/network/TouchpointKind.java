package nl.werkplaatsen.network;

/**
 * What kind of contact an organisation had with the network.
 */
enum TouchpointKind {

	/** An intake (hulpvraag). */
	INTAKE,

	/** A traject. */
	TRAJECT,

	/** A registration for an event, attended or not. */
	EVENT_ATTENDANCE,

	/** A referral from one werkplaats to another or to an initiative. */
	REFERRAL,

	/** An answer to the monitor's questionnaire. */
	MONITOR_RESPONSE

}
