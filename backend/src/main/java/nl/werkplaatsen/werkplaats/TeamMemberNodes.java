package nl.werkplaatsen.werkplaats;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * Team members by global id, for those who may see the team.
 */
@Component
class TeamMemberNodes implements NodeResolver<TeamMember> {

	private final TeamDirectory teams;

	TeamMemberNodes(TeamDirectory teams) {
		this.teams = teams;
	}

	@Override
	public String typeName() {
		return "TeamMember";
	}

	@Override
	public Optional<TeamMember> find(UUID id) {
		Actor actor = Actor.current();
		return this.teams.findMember(id)
			.filter((member) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(member.getWerkplaatsId(), TeamRole.values()))
			.map((member) -> TeamMember.seenBy(actor, member));
	}

}
