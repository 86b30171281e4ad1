package nl.werkplaatsen.team;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * A team member as the current actor may see them: contact details only for the
 * werkplaats's admins and coordinators, network coordinators and the platform itself.
 *
 * @param id the membership id
 * @param werkplaatsId the werkplaats whose team it is
 * @param name the member's name
 * @param role the member's role
 * @param email the member's email, if visible
 * @param phone the member's phone, if visible
 * @param pending whether the invitee has yet to accept (the membership grants nothing
 * until then)
 */
public record TeamMember(UUID id, UUID werkplaatsId, String name, TeamRole role, @Nullable String email,
		@Nullable String phone, boolean pending) implements Node {

	static TeamMember seenBy(Actor actor, Membership membership) {
		boolean contactVisible = actor.kind() == Actor.Kind.SYSTEM || actor.isNetworkCoordinator()
				|| actor.hasTeamRoleIn(membership.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR);
		return new TeamMember(membership.getId(), membership.getWerkplaatsId(), membership.getName(),
				membership.getRole(), contactVisible ? membership.getEmail() : null,
				contactVisible ? membership.getPhone() : null, membership.isPending());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
