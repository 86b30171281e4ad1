package nl.werkplaatsen.identity;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform reaches Keycloak's admin API: the realm's URL (by default the token
 * issuer's), the service account client with only the realm-management roles it needs,
 * timeouts, and how long an invitation link stays valid.
 *
 * @param realmUrl the realm's URL, e.g. {@code http://keycloak:8080/realms/werkplaatsen}
 * @param clientId the service account client
 * @param clientSecret its secret; without one, administration answers "unavailable"
 * @param timeout connect and read timeout of each call
 * @param invitationLifespan how long the link in an invitation email works
 * @param audience the API's audience, put into the tokens of new frontend clients
 */
@ConfigurationProperties("werkplaats.keycloak.admin")
record KeycloakAdminProperties(URI realmUrl, @DefaultValue("werkplaats-platform-admin") String clientId,
		@Nullable String clientSecret, @DefaultValue("5s") Duration timeout,
		@DefaultValue("7d") Duration invitationLifespan, @DefaultValue("werkplaats-api") String audience) {

	/** The server's base URL, before {@code /realms/}. */
	String serverUrl() {
		String url = this.realmUrl.toString();
		int realms = url.indexOf("/realms/");
		if (realms < 0) {
			throw new IllegalStateException("werkplaats.keycloak.admin.realm-url must end in /realms/<realm>: " + url);
		}
		return url.substring(0, realms);
	}

	/** The realm's name, after {@code /realms/}. */
	String realm() {
		String url = this.realmUrl.toString();
		String realm = url.substring(url.indexOf("/realms/") + "/realms/".length());
		return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
	}

}
