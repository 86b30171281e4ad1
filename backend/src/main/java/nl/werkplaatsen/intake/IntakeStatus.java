package nl.werkplaatsen.intake;

/**
 * Where an intake stands: new, being reviewed, or closed one way or another.
 */
public enum IntakeStatus {

	/** Submitted, nobody has looked at it yet. */
	NEW,

	/** A coordinator is articulating the question. */
	IN_REVIEW,

	/** Matched to an offer: a traject was created. */
	MATCHED,

	/** Referred to another werkplaats or organisation. */
	REFERRED,

	/** Declined by the werkplaats. */
	DECLINED,

	/** Withdrawn by the entrepreneur. */
	WITHDRAWN;

	/** Whether the intake can still be triaged, matched or closed. */
	public boolean isOpen() {
		return this == NEW || this == IN_REVIEW;
	}

}
