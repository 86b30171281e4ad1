package nl.werkplaatsen.team;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;

/**
 * The teams of the werkplaatsen as other modules see them: members as records, with
 * contact details only for those allowed; row-level security guards every read again.
 */
@Service
public class TeamDirectory {

	private final MembershipRepository memberships;

	private final Tenancy tenancy;

	private final CallerMemberships callerMemberships;

	TeamDirectory(MembershipRepository memberships, Tenancy tenancy, CallerMemberships callerMemberships) {
		this.memberships = memberships;
		this.tenancy = tenancy;
		this.callerMemberships = callerMemberships;
	}

	/**
	 * The members with these ids that the current actor may see — the staff of their
	 * werkplaats and network coordinators — by id.
	 */
	public Map<UUID, TeamMember> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Actor actor = Actor.current();
		return this.tenancy.readNationally(() -> this.memberships.findByIdIn(ids))
			.stream()
			.filter((member) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(member.getWerkplaatsId(), TeamRole.values()))
			.map((member) -> TeamMember.seenBy(actor, member))
			.collect(Collectors.toMap(TeamMember::id, Function.identity()));
	}

	/**
	 * The member with this id in the team of the werkplaats the current work acts for;
	 * another werkplaats's member is not found.
	 */
	@Transactional(readOnly = true)
	public Optional<TeamMember> findOwnTeamMember(UUID id) {
		return this.memberships.findById(id).map((member) -> TeamMember.seenBy(Actor.current(), member));
	}

	/** The name of the member with this Keycloak subject in the werkplaats's team. */
	@Transactional(readOnly = true)
	public Optional<String> nameOf(UUID werkplaatsId, String subject) {
		return this.memberships.findByWerkplaatsIdAndSubject(werkplaatsId, subject).map(Membership::getName);
	}

	/**
	 * The email addresses of the werkplaats's members in these roles, for the platform's
	 * notifications.
	 */
	public List<String> emailsOf(UUID werkplaatsId, String slug, TeamRole... roles) {
		List<TeamRole> wanted = List.of(roles);
		return this.tenancy.readFor(werkplaatsId, slug, Permission.PLATFORM,
				() -> this.memberships.findByWerkplaatsIdOrderByName(werkplaatsId)
					.stream()
					.filter((member) -> !member.isPending() && wanted.contains(member.getRole()))
					.map(Membership::getEmail)
					.filter((email) -> email != null)
					.toList());
	}

	/**
	 * Who hears of the werkplaats's new work: its coordinators, or its admins when it has
	 * no coordinator; empty for a werkplaats without a team yet.
	 */
	public List<String> coordinatorEmailsOf(UUID werkplaatsId, String slug) {
		List<String> coordinators = emailsOf(werkplaatsId, slug, TeamRole.COORDINATOR);
		return coordinators.isEmpty() ? emailsOf(werkplaatsId, slug, TeamRole.ADMIN) : coordinators;
	}

	/** The email address of one member of the werkplaats's team, for a notification. */
	public Optional<String> emailOf(UUID werkplaatsId, String slug, UUID memberId) {
		return this.tenancy.readFor(werkplaatsId, slug, Permission.PLATFORM,
				() -> this.memberships.findByWerkplaatsIdOrderByName(werkplaatsId)
					.stream()
					.filter((member) -> member.getId().equals(memberId) && !member.isPending())
					.map(Membership::getEmail)
					.filter((email) -> email != null)
					.findFirst());
	}

	/** The memberships of the current actor in active werkplaatsen. */
	@Transactional(readOnly = true)
	public List<Actor.ActingWerkplaats> membershipsOfCurrentActor() {
		String subject = Actor.current().subject();
		return (subject != null) ? this.callerMemberships.activeMembershipsOf(subject) : List.of();
	}

	/**
	 * Adds a member to a werkplaats's team: for onboarding, invitations and demo data.
	 */
	public TeamMember addMember(UUID werkplaatsId, String slug, String subject, TeamRole role, String name,
			@Nullable String email, @Nullable String phone) {
		return this.tenancy.actFor(werkplaatsId, slug, Permission.ADMINISTER, () -> TeamMember.seenBy(Actor.current(),
				this.memberships.save(new Membership(werkplaatsId, subject, role, name, email, phone))));
	}

	/**
	 * Adds a member who has yet to accept (their account's email address is not
	 * verified): the membership grants nothing until then.
	 */
	TeamMember addPendingMember(UUID werkplaatsId, String slug, String subject, TeamRole role, String name,
			String email) {
		return this.tenancy.actFor(werkplaatsId, slug, Permission.ADMINISTER, () -> TeamMember.seenBy(Actor.current(),
				this.memberships.save(Membership.pending(werkplaatsId, subject, role, name, email))));
	}

}
