package nl.werkplaatsen.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * Registrations by global id, for the admins and coordinators of the event's werkplaats
 * only, as in {@code Event.registrations}: they hold the names and addresses of people.
 */
@Configuration(proxyBeanMethods = false)
class EventNodes {

	@Bean
	NodeResolver<Registration> registrationNodes(RegistrationRepository registrations) {
		return NodeResolver.of("Registration",
				(id) -> registrations.findById(id)
					.filter((registration) -> Actor.current()
						.hasTeamRoleIn(registration.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)));
	}

}
