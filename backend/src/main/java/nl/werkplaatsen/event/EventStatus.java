package nl.werkplaatsen.event;

/**
 * Whether an event takes place.
 */
enum EventStatus {

	/** It takes place; registration is open while places are left. */
	SCHEDULED,

	/** It does not take place. */
	CANCELLED

}
