package nl.werkplaatsen.platform.tenancy;

import java.util.UUID;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Gives Hibernate the werkplaats of the current actor as tenant; national, public and
 * cross-tenant reads get the root tenant and leave the filtering to row-level security.
 */
class ActorTenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

	/** The root tenant: no Hibernate tenant filter. */
	static final UUID ROOT = new UUID(0, 0);

	@Override
	public UUID resolveCurrentTenantIdentifier() {
		if (NationalRead.active()) {
			return ROOT;
		}
		return Actor.current().werkplaatsId().orElse(ROOT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public boolean isRoot(UUID tenantId) {
		return ROOT.equals(tenantId);
	}

}
