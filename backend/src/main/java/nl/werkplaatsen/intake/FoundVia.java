package nl.werkplaatsen.intake;

/**
 * 0-meting, vraag 1: "Hoe bent u in aanraking gekomen met de werkplaats?" (one answer).
 */
enum FoundVia {

	/** a) Via de onderwijsinstelling. */
	EDUCATION_INSTITUTION,

	/** b) Via een intermediair (bv bank, ondernemersplatform etc). */
	INTERMEDIARY,

	/** c) Via een expertbedrijf. */
	EXPERT_COMPANY,

	/** d) Via de provincie. */
	PROVINCE,

	/** e) Via de gemeente. */
	MUNICIPALITY,

	/** f) Op suggestie van een ander bedrijf. */
	OTHER_COMPANY,

	/** g) Via de website/loket van de werkplaats. */
	WERKPLAATS_WEBSITE,

	/** h) Via sociale media. */
	SOCIAL_MEDIA,

	/** i) Anders, namelijk ... */
	OTHER

}
