package nl.werkplaatsen.platform.tenancy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures are still published; the success of every request is not. */
class FailedAuthenticationEventsTests {

	@Test
	void publishesFailuresOnly() {
		List<Object> published = new ArrayList<>();
		FailedAuthenticationEvents events = new FailedAuthenticationEvents(published::add);
		TestingAuthenticationToken caller = new TestingAuthenticationToken("subject", "token");

		events.publishAuthenticationSuccess(caller);
		assertThat(published).isEmpty();

		events.publishAuthenticationFailure(new BadCredentialsException("expired"), caller);
		assertThat(published).singleElement().isInstanceOf(AbstractAuthenticationFailureEvent.class);
	}

}
