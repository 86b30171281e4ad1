package nl.werkplaatsen.identity;

import java.util.List;
import java.util.Locale;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.jspecify.annotations.Nullable;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.stereotype.Service;

/**
 * People's accounts in the realm: one account per email address, however many
 * werkplaatsen the person works for, and the invitation email that lets a new person
 * choose a password (Keycloak's required actions).
 */
@Service
public class Accounts {

	private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

	private final KeycloakRealm keycloak;

	Accounts(KeycloakRealm keycloak) {
		this.keycloak = keycloak;
	}

	/**
	 * The account with this email address, created when there is none; asking again for
	 * the same address finds the same account.
	 * @throws IdentityProviderException when Keycloak is unreachable or refuses
	 */
	public Account findOrCreate(String email, String firstName, String lastName) {
		String address = email.toLowerCase(Locale.ROOT);
		return this.keycloak.call("find or create the invited person's account", (realm) -> {
			List<UserRepresentation> found = realm.users().searchByEmail(address, true);
			if (!found.isEmpty()) {
				return accountOf(found.getFirst());
			}
			UserRepresentation user = new UserRepresentation();
			user.setUsername(address);
			user.setEmail(address);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEnabled(true);
			user.setEmailVerified(false);
			try (var response = realm.users().create(user)) {
				String id = CreatedResponseUtil.getCreatedId(response);
				return new Account(id, address, true, false, false);
			}
		});
	}

	/**
	 * Emails the person a link to choose a password; it works for the configured
	 * lifespan, and sending again sends a fresh link. With a client and a redirect URI it
	 * allows, the person lands there afterwards (e.g. the werkplaats's website).
	 * @throws IdentityProviderException when Keycloak is unreachable or cannot send it
	 */
	public void sendInvitation(String subject, @Nullable String clientId, @Nullable String redirectUri) {
		int lifespan = Math.toIntExact(this.keycloak.properties().invitationLifespan().toSeconds());
		this.keycloak.run("send the invitation email", (realm) -> {
			if (clientId != null && redirectUri != null) {
				realm.users()
					.get(subject)
					.executeActionsEmail(clientId, redirectUri, lifespan, List.of(UPDATE_PASSWORD));
			}
			else {
				realm.users().get(subject).executeActionsEmail(List.of(UPDATE_PASSWORD), lifespan);
			}
		});
	}

	private Account accountOf(UserRepresentation user) {
		boolean hasPassword = this.keycloak.call("read the account's credentials",
				(realm) -> realm.users()
					.get(user.getId())
					.credentials()
					.stream()
					.anyMatch((credential) -> "password".equals(credential.getType())));
		return new Account(user.getId(), user.getEmail(), false, hasPassword,
				Boolean.TRUE.equals(user.isEmailVerified()));
	}

	/**
	 * An account in the realm.
	 *
	 * @param subject the Keycloak user id, the {@code sub} of the person's tokens
	 * @param email the account's email address
	 * @param created whether this call created it
	 * @param hasPassword whether the person can already log in with a password
	 * @param emailVerified whether Keycloak has verified that the person owns the address
	 */
	public record Account(String subject, String email, boolean created, boolean hasPassword, boolean emailVerified) {
	}

}
