package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.graphql.NodeResolver;

/**
 * Team members by global id, for those who may see the team.
 */
@Component
class TeamMemberNodes implements NodeResolver<TeamMember> {

	private final TeamMembers members;

	TeamMemberNodes(TeamMembers members) {
		this.members = members;
	}

	@Override
	public String typeName() {
		return "TeamMember";
	}

	@Override
	public Optional<TeamMember> find(UUID id) {
		return Optional.ofNullable(this.members.findAll(List.of(id)).get(id));
	}

}
