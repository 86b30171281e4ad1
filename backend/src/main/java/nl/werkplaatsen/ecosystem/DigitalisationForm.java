package nl.werkplaatsen.ecosystem;

/**
 * The form of digitalisation an activity addresses (Regioscan: digitaliseringsvorm).
 */
public enum DigitalisationForm {

	/** Data. */
	DATA,

	/** Intelligentie. */
	INTELLIGENCE,

	/** Interface. */
	INTERFACE,

	/** Diensten. */
	SERVICES,

	/** Zachte infrastructuur. */
	SOFT_INFRASTRUCTURE,

	/** Harde infrastructuur. */
	HARD_INFRASTRUCTURE,

	/** Niet specifiek. */
	NOT_SPECIFIC

}
