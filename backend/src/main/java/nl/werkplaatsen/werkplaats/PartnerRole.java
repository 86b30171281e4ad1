package nl.werkplaatsen.werkplaats;

/**
 * A consortium partner's role.
 */
public enum PartnerRole {

	/** Initiatiefnemer. */
	INITIATOR,

	/** Financier. */
	FUNDER,

	/** Uitvoerder. */
	IMPLEMENTER

}
