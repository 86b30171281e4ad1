package nl.werkplaatsen.platform.tenancy;

/**
 * The role a person has in one werkplaats's team; memberships live in the platform's
 * database.
 */
public enum TeamRole {

	/** Runs the werkplaats: branding, partners, ambitions, team and menu. */
	ADMIN,

	/** Coordinator or account manager: intakes, matching, trajecten and the menu. */
	COORDINATOR,

	/** Teacher (docent) guiding students on trajecten. */
	TEACHER,

	/** Expert who coaches students and teachers, never the entrepreneur directly. */
	EXPERT,

	/** Student working on trajecten. */
	STUDENT;

	/** Whether this role runs the werkplaats's daily work (staff in the role table). */
	public boolean isStaff() {
		return this == ADMIN || this == COORDINATOR;
	}

}
