package nl.werkplaatsen.event;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * Registrations by global id, for the admins and coordinators of the event's werkplaats
 * only, as in {@code Event.registrations}: they hold the names and addresses of people.
 */
@Component
class RegistrationNodes implements NodeResolver<Registration> {

	private final RegistrationRepository registrations;

	RegistrationNodes(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	public String typeName() {
		return "Registration";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Registration> find(UUID id) {
		return this.registrations.findById(id)
			.filter((registration) -> Actor.current()
				.hasTeamRoleIn(registration.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR));
	}

}
