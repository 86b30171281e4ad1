package nl.werkplaatsen.identity;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.keycloak.admin.client.resource.RealmResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm the platform administers, and the one place that turns the admin client's
 * failures into {@link IdentityProviderException}s: unreachable and server errors are
 * "unavailable", anything else Keycloak refused is "refused" with its reason.
 */
class KeycloakRealm {

	private static final Logger logger = LoggerFactory.getLogger(KeycloakRealm.class);

	private final RealmResource realm;

	private final KeycloakAdminProperties properties;

	KeycloakRealm(RealmResource realm, KeycloakAdminProperties properties) {
		this.realm = realm;
		this.properties = properties;
	}

	KeycloakAdminProperties properties() {
		return this.properties;
	}

	<T> T call(String what, java.util.function.Function<RealmResource, T> call) {
		if (this.properties.clientSecret() == null || this.properties.clientSecret().isBlank()) {
			throw new IdentityProviderException(
					"Keycloak administration is not configured (werkplaats.keycloak.admin.client-secret).", true, null);
		}
		try {
			return call.apply(this.realm);
		}
		catch (ProcessingException ex) {
			logger.warn("Keycloak unreachable while trying to {}: {}", what, ex.getMessage());
			throw new IdentityProviderException("Keycloak could not be reached; nothing was changed. Try again.", true,
					ex);
		}
		catch (WebApplicationException ex) {
			int status = ex.getResponse().getStatus();
			String reason = reasonOf(ex);
			logger.warn("Keycloak answered {} while trying to {}: {}", status, what, reason);
			if (status >= 500) {
				throw new IdentityProviderException("Keycloak failed (" + status + "); nothing was changed. Try again.",
						true, ex);
			}
			if (status == 401 || status == 403) {
				throw new IdentityProviderException("Keycloak refused the platform's service account (" + status
						+ "); ask an operator to check it.", false, ex);
			}
			throw new IdentityProviderException("Keycloak refused to " + what + ": " + reason, false, ex);
		}
	}

	void run(String what, java.util.function.Consumer<RealmResource> call) {
		call(what, (realm) -> {
			call.accept(realm);
			return null;
		});
	}

	private static String reasonOf(WebApplicationException ex) {
		try {
			String body = ex.getResponse().readEntity(String.class);
			return (body != null && !body.isBlank()) ? body : ex.getMessage();
		}
		catch (RuntimeException unreadable) {
			return String.valueOf(ex.getMessage());
		}
	}

}
