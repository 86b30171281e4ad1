package nl.werkplaatsen.traject;

/**
 * Where a traject stands: PLANNED → RUNNING → DELIVERED → COMPLETED, or CANCELLED before
 * it completes.
 */
public enum TrajectStatus {

	/** Agreed, not started. */
	PLANNED,

	/** The students are at work. */
	RUNNING,

	/** The deliverables are handed over. */
	DELIVERED,

	/** Closed after delivery; the follow-up survey is due six months later. */
	COMPLETED,

	/** Stopped before completion. */
	CANCELLED;

	/** Whether the traject still counts against an offer's capacity. */
	public boolean isActive() {
		return this == PLANNED || this == RUNNING;
	}

}
