package nl.werkplaatsen.traject;

/**
 * Thrown when a traject is asked to move where its status does not allow; reported as an
 * {@code INVALID_STATE} user error.
 */
class IllegalTrajectTransition extends RuntimeException {

	IllegalTrajectTransition(TrajectStatus from, String action) {
		super("A " + from + " traject cannot be " + action);
	}

}
