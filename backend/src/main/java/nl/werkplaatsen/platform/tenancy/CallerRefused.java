package nl.werkplaatsen.platform.tenancy;

import org.springframework.security.access.AccessDeniedException;

/**
 * The request's caller, resolved again because their memberships, their client's binding
 * or their werkplaats changed, is no longer who the request acts as.
 */
class CallerRefused extends AccessDeniedException {

	CallerRefused(String message) {
		super(message);
	}

}
