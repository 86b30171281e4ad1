package nl.werkplaatsen.identity;

/**
 * Keycloak could not be reached or refused a change; nothing the platform holds was
 * changed by the failed call.
 */
public class IdentityProviderException extends RuntimeException {

	private final boolean unavailable;

	IdentityProviderException(String message, boolean unavailable, Throwable cause) {
		super(message, cause);
		this.unavailable = unavailable;
	}

	/**
	 * True when Keycloak was unreachable or failed (worth retrying), false when it
	 * refused the change.
	 */
	public boolean isUnavailable() {
		return this.unavailable;
	}

}
