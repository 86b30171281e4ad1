package nl.werkplaatsen.support;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A caller of the API in tests: the claims of its Keycloak token (users from the demo
 * realm, by their fixed ids), or nobody.
 *
 * @param name what the tests call it
 * @param subject the token subject, null for anonymous
 * @param clientId the {@code azp} claim
 * @param username the {@code preferred_username} claim
 * @param realmRoles the realm roles
 */
public record Persona(String name, @Nullable String subject, String clientId, String username,
		List<String> realmRoles) {

	public static final Persona ANONYMOUS = new Persona("anonymous", null, "", "", List.of());

	public static final Persona MKB_DIGITAL_WORKSPACE_ADMIN = user("mkb-digital-workspace-admin", 1);

	public static final Persona MKB_DIGITAL_WORKSPACE_COORDINATOR = user("mkb-digital-workspace-coordinator", 2);

	public static final Persona WOO_ADMIN = user("werkplaats-online-ondernemen-admin", 3);

	public static final Persona WOO_COORDINATOR = user("werkplaats-online-ondernemen-coordinator", 4);

	public static final Persona TWENTE_ADMIN = user("digitale-werkplaats-twente-admin", 5);

	public static final Persona TWENTE_COORDINATOR = user("digitale-werkplaats-twente-coordinator", 6);

	public static final Persona WOO_TEACHER = user("werkplaats-online-ondernemen-teacher", 7);

	public static final Persona WOO_STUDENT = user("werkplaats-online-ondernemen-student", 8);

	public static final Persona OOST_COORDINATOR = user("oost-coordinator", 10);

	public static final Persona NETWORK_COORDINATOR = new Persona("network-coordinator",
			"5eed0000-0000-4000-8000-000000000011", "werkplaats-cli", "network-coordinator",
			List.of("network-coordinator"));

	public static final Persona MINISTRY_ANALYST = new Persona("ministry-analyst",
			"5eed0000-0000-4000-8000-000000000012", "werkplaats-cli", "ministry-analyst", List.of("ministry-analyst"));

	public static final Persona WOO_FRONTEND = client("werkplaats-online-ondernemen-frontend");

	public static final Persona TWENTE_FRONTEND = client("digitale-werkplaats-twente-frontend");

	public static final Persona UNBOUND_CLIENT = client("some-unknown-frontend");

	/** A demo realm user with the given number in its fixed id. */
	static Persona user(String username, int number) {
		return new Persona(username, "5eed0000-0000-4000-8000-%012d".formatted(number), "werkplaats-cli", username,
				List.of());
	}

	/** A confidential client's service account. */
	static Persona client(String clientId) {
		return new Persona(clientId, "service-account-id-" + clientId, clientId, "service-account-" + clientId,
				List.of());
	}

	/** A persona by the name the contract's example operations use. */
	public static Persona named(String name) {
		for (Persona persona : List.of(ANONYMOUS, MKB_DIGITAL_WORKSPACE_ADMIN, MKB_DIGITAL_WORKSPACE_COORDINATOR,
				WOO_ADMIN, WOO_COORDINATOR, TWENTE_ADMIN, TWENTE_COORDINATOR, WOO_TEACHER, WOO_STUDENT,
				OOST_COORDINATOR, NETWORK_COORDINATOR, MINISTRY_ANALYST, WOO_FRONTEND, TWENTE_FRONTEND)) {
			if (persona.name().equals(name)) {
				return persona;
			}
		}
		throw new IllegalArgumentException("No persona named " + name);
	}

	Map<String, Object> realmAccess() {
		return Map.of("roles", this.realmRoles);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
