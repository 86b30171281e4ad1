package nl.werkplaatsen.intake;

/**
 * 0-meting, vraag 5: "Met welke verwachting stapt u in de samenwerking binnen de
 * werkplaats?" (one answer).
 */
public enum Expectation {

	/** a) Meer inzicht in kansen voor digitaliseringsmogelijkheden voor mijn bedrijf. */
	INSIGHT_IN_OPPORTUNITIES,

	/** b) Meer kennis over kosten en haalbaarheid voor digitaliseringsmogelijkheden. */
	COSTS_AND_FEASIBILITY,

	/**
	 * c) Toegang krijgen tot data en/of software die nodig zijn om verder te
	 * digitaliseren.
	 */
	ACCESS_TO_DATA_OR_SOFTWARE,

	/**
	 * d) Toegang tot kennis en vaardigheden; ontwikkeling van eigen kennis en
	 * vaardigheden.
	 */
	KNOWLEDGE_AND_SKILLS,

	/** e) Samenwerking met een student (extra capaciteit aantrekken). */
	COLLABORATION_WITH_STUDENTS,

	/** f) Een concreet opgeleverd advies/stappenplan of product. */
	CONCRETE_RESULT

}
