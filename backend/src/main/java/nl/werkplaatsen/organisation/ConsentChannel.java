package nl.werkplaatsen.organisation;

/**
 * How a consent was obtained: on the public form, or given by email, by phone or in
 * person and recorded by staff.
 */
public enum ConsentChannel {

	/** Ticked on the public form. */
	FORM,

	/** Given by email. */
	EMAIL,

	/** Given by phone. */
	PHONE,

	/** Given in person. */
	IN_PERSON

}
