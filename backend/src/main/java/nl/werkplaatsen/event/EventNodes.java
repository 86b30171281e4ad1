package nl.werkplaatsen.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Registrations by global id, for the admins and coordinators of the event's werkplaats
 * only, as in {@code Event.registrations}: they hold the names and addresses of people.
 * Reach records likewise, as in {@code reachRecords}.
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

	@Bean
	NodeResolver<ReachRecord> reachRecordNodes(ReachRecordRepository records, Tenancy tenancy) {
		return NodeResolver.of("ReachRecord",
				(id) -> tenancy.readNationally(() -> records.findById(id))
					.filter((record) -> Actor.current()
						.hasTeamRoleIn(record.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)));
	}

}
