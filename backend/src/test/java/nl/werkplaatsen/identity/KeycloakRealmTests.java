package nl.werkplaatsen.identity;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How failures of Keycloak's admin API become "unavailable" (try again) or "refused"
 * (with the reason); the calls themselves are tested against the real Keycloak.
 */
class KeycloakRealmTests {

	private final KeycloakRealm realm = new KeycloakRealm(null, properties("secret"));

	@Test
	void unreachableAndServerErrorsAreUnavailable() {
		assertThatExceptionOfType(IdentityProviderException.class)
			.isThrownBy(() -> this.realm.call("create a user", (realm) -> {
				throw new ProcessingException("Connection refused");
			}))
			.satisfies((ex) -> assertThat(ex.isUnavailable()).isTrue())
			.withMessageContaining("could not be reached");
		assertThatExceptionOfType(IdentityProviderException.class)
			.isThrownBy(() -> this.realm.call("create a user", (realm) -> {
				throw new WebApplicationException(Response.status(503).build());
			}))
			.satisfies((ex) -> assertThat(ex.isUnavailable()).isTrue());
	}

	@Test
	void aRefusedServiceAccountOrChangeIsRefusedWithItsReason() {
		assertThatExceptionOfType(IdentityProviderException.class)
			.isThrownBy(() -> this.realm.call("create a user", (realm) -> {
				throw new NotAuthorizedException(Response.status(401).build());
			}))
			.satisfies((ex) -> assertThat(ex.isUnavailable()).isFalse())
			.withMessageContaining("service account");
		assertThatExceptionOfType(IdentityProviderException.class)
			.isThrownBy(() -> this.realm.call("create the user x@example.nl", (realm) -> {
				throw new WebApplicationException("User exists with same username", Response.status(409).build());
			}))
			.satisfies((ex) -> assertThat(ex.isUnavailable()).isFalse())
			.withMessageContaining("create the user x@example.nl");
	}

	@Test
	void withoutASecretNothingIsAttempted() {
		KeycloakRealm unconfigured = new KeycloakRealm(null, properties(null));

		assertThatExceptionOfType(IdentityProviderException.class)
			.isThrownBy(() -> unconfigured.call("create a user", (realm) -> {
				throw new AssertionError("must not be called");
			}))
			.satisfies((ex) -> assertThat(ex.isUnavailable()).isTrue())
			.withMessageContaining("not configured");
	}

	private static KeycloakAdminProperties properties(String secret) {
		return new KeycloakAdminProperties(URI.create("http://localhost:8180/realms/werkplaatsen"),
				"werkplaats-platform-admin", secret, Duration.ofSeconds(5), Duration.ofDays(7), "werkplaats-api");
	}

}
