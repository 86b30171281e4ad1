package nl.werkplaatsen.platform.tenancy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Publishes authentication failures as Spring Security does, and no success: a bearer
 * token authenticates every request, nothing listens for that, and each event passes the
 * event publication registry's multicaster (2.5% of a list request's CPU in the
 * benchmark's profile).
 */
final class FailedAuthenticationEvents implements AuthenticationEventPublisher {

	private final DefaultAuthenticationEventPublisher failures;

	FailedAuthenticationEvents(ApplicationEventPublisher publisher) {
		this.failures = new DefaultAuthenticationEventPublisher(publisher);
	}

	@Override
	public void publishAuthenticationSuccess(Authentication authentication) {
		// Deliberately nothing: see the class comment.
	}

	@Override
	public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
		this.failures.publishAuthenticationFailure(exception, authentication);
	}

}
