package nl.werkplaatsen.organisation;

/**
 * Where a business stands in its life.
 */
public enum OrganisationPhase {

	/** Starter. */
	STARTER,

	/** Scale-up. */
	SCALE_UP,

	/** Anything else: an established business. */
	OTHER

}
