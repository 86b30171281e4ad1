package nl.werkplaatsen.team;

/**
 * What happened to a team member: the closed set of team changes the audit of a team
 * records.
 */
enum TeamChangeAction {

	/** Invited into the team. */
	INVITED,

	/** Given another role. */
	ROLE_CHANGED,

	/** Removed from the team. */
	REMOVED

}
