package nl.werkplaatsen.team;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Team members by global id, for those who may see the team; team changes for those who
 * may see them (the werkplaats's admins, network coordinators).
 */
@Configuration(proxyBeanMethods = false)
class TeamMemberNodes {

	@Bean
	NodeResolver<TeamMember> teamMemberResolver(TeamDirectory members) {
		return NodeResolver.of("TeamMember", (id) -> Optional.ofNullable(members.findAll(List.of(id)).get(id)));
	}

	@Bean
	NodeResolver<TeamChange> teamChangeResolver(TeamChangeRepository changes, Tenancy tenancy) {
		return NodeResolver.of("TeamChange",
				(id) -> tenancy.readNationally(() -> changes.findById(id))
					.filter((change) -> Actor.current().isNetworkCoordinator()
							|| Actor.current().hasTeamRoleIn(change.getWerkplaatsId(), TeamRole.ADMIN)));
	}

}
