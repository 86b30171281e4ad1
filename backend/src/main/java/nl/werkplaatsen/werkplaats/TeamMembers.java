package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * Team members as other modules show them (an intake's assignee, a traject's team), with
 * contact details only for those allowed to see them.
 */
@Service
public class TeamMembers {

	private final TeamDirectory teams;

	TeamMembers(TeamDirectory teams) {
		this.teams = teams;
	}

	/** The members with these membership ids that the current actor may see, by id. */
	public Map<UUID, TeamMember> findAll(Collection<UUID> ids) {
		Actor actor = Actor.current();
		return this.teams.findMembers(ids)
			.stream()
			.filter((member) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(member.getWerkplaatsId(), TeamRole.values()))
			.map((member) -> TeamMember.seenBy(actor, member))
			.collect(Collectors.toMap(TeamMember::id, Function.identity()));
	}

}
