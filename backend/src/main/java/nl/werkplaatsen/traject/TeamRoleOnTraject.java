package nl.werkplaatsen.traject;

/**
 * The roles on a traject's team.
 */
public enum TeamRoleOnTraject {

	/** A student doing the work. */
	STUDENT,

	/** A teacher guiding the students. */
	TEACHER,

	/**
	 * An expert coaching students and teachers (never advising the entrepreneur
	 * directly).
	 */
	EXPERT

}
