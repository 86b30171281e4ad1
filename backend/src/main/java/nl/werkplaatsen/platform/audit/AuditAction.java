package nl.werkplaatsen.platform.audit;

/** What was done to a record. */
public enum AuditAction {

	/** It was created. */
	CREATED,

	/** Some of its fields were changed. */
	UPDATED,

	/** It was deleted (or erased). */
	DELETED,

	/** A person's details in it were shown to staff. */
	READ

}
