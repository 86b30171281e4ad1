package nl.werkplaatsen.network;

/**
 * A referral was asked to move in a way its state machine does not allow.
 */
class IllegalReferralTransition extends RuntimeException {

	IllegalReferralTransition(String message) {
		super(message);
	}

}
