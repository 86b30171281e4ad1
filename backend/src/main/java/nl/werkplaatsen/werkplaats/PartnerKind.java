package nl.werkplaatsen.werkplaats;

/**
 * What sort of organisation a consortium partner is.
 */
public enum PartnerKind {

	/** An mbo, hbo or wo institution. */
	EDUCATION_INSTITUTION,

	/** A bank, business association or similar intermediary. */
	INTERMEDIARY,

	/** A regional government: province or gemeente. */
	GOVERNMENT,

	/** An expert company. */
	EXPERT_COMPANY

}
