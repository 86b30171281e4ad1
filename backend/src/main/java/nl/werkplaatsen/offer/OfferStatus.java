package nl.werkplaatsen.offer;

/**
 * Whether an offer is on the public menu.
 */
public enum OfferStatus {

	/**
	 * Being prepared; visible to the werkplaats's staff and its frontend previews only.
	 */
	DRAFT,

	/** On the public menu. */
	PUBLISHED

}
