package nl.werkplaatsen.platform.tenancy;

import java.util.Optional;

/**
 * A role across all werkplaatsen, carried as a Keycloak realm role.
 */
public enum NationalRole {

	/** Network coordinator: reads every werkplaats, creates and archives werkplaatsen. */
	NETWORK_COORDINATOR("network-coordinator"),

	/** Ministry analyst (EZK/RVO): aggregates only, never personal data. */
	MINISTRY_ANALYST("ministry-analyst");

	private final String realmRole;

	NationalRole(String realmRole) {
		this.realmRole = realmRole;
	}

	/** The Keycloak realm role that grants this national role. */
	public String realmRole() {
		return this.realmRole;
	}

	static Optional<NationalRole> fromRealmRole(String realmRole) {
		for (NationalRole role : values()) {
			if (role.realmRole.equals(realmRole)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
