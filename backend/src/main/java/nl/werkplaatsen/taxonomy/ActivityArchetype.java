package nl.werkplaatsen.taxonomy;

/**
 * One of the twelve activity archetypes of the Regioscan.
 */
public enum ActivityArchetype {

	/** Signaleren: finding out an entrepreneur's concrete question or problem. */
	SIGNALLING("Signaleren"),

	/** Netwerken & coördineren: bringing parties together to strengthen the ecosystem. */
	NETWORKING_AND_COORDINATION("Netwerken & coördineren"),

	/**
	 * Gezamenlijke faciliteiten: shared workspace or facilities that lower the threshold
	 * to technology.
	 */
	SHARED_FACILITIES("Gezamenlijke faciliteiten"),

	/**
	 * Werken met studenten: projects in which organisations engage students for a
	 * concrete assignment.
	 */
	WORKING_WITH_STUDENTS("Werken met studenten"),

	/** Onderwijs voor studenten: educating students for a specific market demand. */
	EDUCATION_FOR_STUDENTS("Onderwijs voor studenten"),

	/** Onderwijs voor professionals: training or retraining staff. */
	EDUCATION_FOR_PROFESSIONALS("Onderwijs voor professionals"),

	/**
	 * Advisering/consultancy: making experts or advisers available to help businesses on.
	 */
	ADVICE_AND_CONSULTANCY("Advisering/consultancy"),

	/**
	 * Subsidies & financiering: lowering the threshold to invest, or linking investors.
	 */
	SUBSIDIES_AND_FINANCING("Subsidies & financiering"),

	/**
	 * Workshops & kennisevents: inspiration sessions, group talks, masterclasses on a
	 * concrete form of digitalisation.
	 */
	WORKSHOPS_AND_KNOWLEDGE_EVENTS("Workshops & kennisevents"),

	/** Onderzoek & ontwikkeling: research generating new knowledge. */
	RESEARCH_AND_DEVELOPMENT("Onderzoek & ontwikkeling"),

	/**
	 * Scans & assessments: tools giving an entrepreneur insight into where the
	 * organisation stands.
	 */
	SCANS_AND_ASSESSMENTS("Scans & assessments"),

	/** Kennisplatform: infrastructure making knowledge on a theme publicly available. */
	KNOWLEDGE_PLATFORM("Kennisplatform");

	private final String dutch;

	ActivityArchetype(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
