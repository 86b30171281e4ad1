package nl.werkplaatsen.intake;

/**
 * Thrown when an intake is asked to move where its status does not allow; reported as an
 * {@code INVALID_STATE} user error.
 */
class IllegalIntakeTransition extends RuntimeException {

	private final IntakeStatus status;

	IllegalIntakeTransition(IntakeStatus status) {
		super("The intake is " + status + " and can no longer change");
		this.status = status;
	}

	IntakeStatus status() {
		return this.status;
	}

}
