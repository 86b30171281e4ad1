package nl.werkplaatsen.ecosystem;

/**
 * The form of digitalisation an activity addresses (Regioscan: digitaliseringsvorm).
 */
public enum DigitalisationForm {

	/** Data. */
	DATA("Data"),

	/** Intelligentie. */
	INTELLIGENCE("Intelligentie"),

	/** Interface. */
	INTERFACE("Interface"),

	/** Diensten. */
	SERVICES("Diensten"),

	/** Zachte infrastructuur. */
	SOFT_INFRASTRUCTURE("Zachte infrastructuur"),

	/** Harde infrastructuur. */
	HARD_INFRASTRUCTURE("Harde infrastructuur"),

	/** Niet specifiek. */
	NOT_SPECIFIC("Niet specifiek");

	private final String dutch;

	DigitalisationForm(String dutch) {
		this.dutch = dutch;
	}

	/** How the Regioscan and the import files name it, in Dutch. */
	public String dutch() {
		return this.dutch;
	}

}
