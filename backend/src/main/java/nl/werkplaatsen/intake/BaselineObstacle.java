package nl.werkplaatsen.intake;

import nl.werkplaatsen.taxonomy.Obstacle;

/**
 * 0-meting, vraag 4: "Welke factoren spelen een rol bij het behalen van succes met
 * digitalisering?" (several answers), each read as one of the four knelpunten.
 */
enum BaselineObstacle {

	/** a) Ik weet niet wat digitalisering mijn bedrijf kan opleveren. */
	UNAWARE_OF_BENEFITS(Obstacle.NOT_KNOWING),

	/** b) Ik weet wat mogelijk is maar zie te weinig voordelen. */
	TOO_FEW_BENEFITS(Obstacle.NOT_WILLING),

	/** c) Digitalisering kost te veel geld in verhouding met de opbrengsten. */
	TOO_EXPENSIVE(Obstacle.NOT_WILLING),

	/**
	 * d) Ik weet welke innovatie ik zou willen maar de technologie is nog niet
	 * beschikbaar (voor mijn bedrijf).
	 */
	TECHNOLOGY_NOT_AVAILABLE(Obstacle.NOT_ABLE),

	/**
	 * e) Binnen mijn bedrijf is onvoldoende kennis en kunde (know-how) aanwezig om met
	 * digitalisering aan de slag te gaan.
	 */
	LACK_OF_KNOW_HOW(Obstacle.NOT_ABLE),

	/**
	 * f) Binnen mijn bedrijf hebben we te weinig tijd om met digitalisering aan de slag
	 * te gaan.
	 */
	LACK_OF_TIME(Obstacle.NOT_ABLE),

	/**
	 * g) Ik kan geen bedrijf vinden dat mij tegen redelijk tarief kan helpen om te
	 * digitaliseren.
	 */
	NO_AFFORDABLE_PROVIDER(Obstacle.NOT_ABLE),

	/** h) Ik wil wel maar de financiële mogelijkheden ontbreken. */
	NO_FINANCIAL_MEANS(Obstacle.NOT_ABLE);

	private final Obstacle knelpunt;

	BaselineObstacle(Obstacle knelpunt) {
		this.knelpunt = knelpunt;
	}

	/** The knelpunt this answer points at: a first guess for the triage. */
	Obstacle knelpunt() {
		return this.knelpunt;
	}

}
