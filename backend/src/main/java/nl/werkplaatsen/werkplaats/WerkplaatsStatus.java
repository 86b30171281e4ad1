package nl.werkplaatsen.werkplaats;

/**
 * Whether a werkplaats is running.
 */
public enum WerkplaatsStatus {

	/** Running: listed publicly, its team and clients work. */
	ACTIVE,

	/** Archived: data kept, hidden from public lists. */
	ARCHIVED

}
