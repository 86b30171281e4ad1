package nl.werkplaatsen.team;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;

/**
 * Team members by global id, for those who may see the team.
 */
@Configuration(proxyBeanMethods = false)
class TeamMemberNodes {

	@Bean
	NodeResolver<TeamMember> teamMemberResolver(TeamDirectory members) {
		return NodeResolver.of("TeamMember", (id) -> Optional.ofNullable(members.findAll(List.of(id)).get(id)));
	}

}
