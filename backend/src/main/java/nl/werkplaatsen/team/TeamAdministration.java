package nl.werkplaatsen.team;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import java.util.concurrent.CompletableFuture;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.team.TeamPages.WerkplaatsPage;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamWerkplaatsen.TeamWerkplaats;
import nl.werkplaatsen.team.TeamInvitations.TeamInvitationAcceptInput;
import nl.werkplaatsen.team.TeamInvitations.TeamInvitationAcceptPayload;
import nl.werkplaatsen.team.TeamInvitations.TeamMemberInviteInput;
import nl.werkplaatsen.team.TeamInvitations.TeamMemberInvitePayload;

/**
 * Team administration by a werkplaats's admins (and network coordinators for any
 * werkplaats): invitations, role changes and removals, effective on the member's next
 * request, never leaving a werkplaats without an admin, and every change recorded.
 */
@Controller
class TeamAdministration {

	private final TeamDirectory teams;

	private final TeamChangeRepository changes;

	private final TeamWerkplaatsen werkplaatsen;

	private final MembershipRepository memberships;

	private final Tenancy tenancy;

	private final Clock clock;

	private final TeamInvitations invitations;

	TeamAdministration(TeamDirectory teams, TeamChangeRepository changes, TeamWerkplaatsen werkplaatsen,
			MembershipRepository memberships, Tenancy tenancy, Clock clock, TeamInvitations invitations,
			TeamPages pages, BatchLoaderRegistry batchLoaders) {
		batchLoaders.<WerkplaatsPage, Connection<TeamMember>>forName("werkplaatsTeams")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> pages.members(asked)));
		batchLoaders.<WerkplaatsPage, Connection<TeamChange>>forName("werkplaatsTeamChanges")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> pages.changes(asked)));
		this.memberships = memberships;
		this.invitations = invitations;
		this.teams = teams;
		this.changes = changes;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	@MutationMapping
	TeamMemberInvitePayload teamMemberInvite(@Argument TeamMemberInviteInput input) {
		return this.invitations.invite(input);
	}

	@MutationMapping
	TeamInvitationAcceptPayload teamInvitationAccept(@Argument TeamInvitationAcceptInput input) {
		return this.invitations.accept(input);
	}

	@MutationMapping
	TeamChangePayload teamMemberRoleChange(@Argument TeamMemberRoleChangeInput input) {
		TeamRole role = input.role();
		return administer(input.teamMemberId(), (member, errors) -> {
			if (member.getRole() == role) {
				return null;
			}
			if (member.getRole() == TeamRole.ADMIN && isLastAdmin(member)) {
				errors.add(UserErrorCode.INVALID_STATE, "role", "A werkplaats keeps at least one admin.");
				return null;
			}
			TeamRole old = member.getRole();
			member.assign(role);
			return record(member, TeamChangeAction.ROLE_CHANGED, old, role);
		});
	}

	@MutationMapping
	TeamChangePayload teamMemberRemove(@Argument TeamMemberRemoveInput input) {
		return administer(input.teamMemberId(), (member, errors) -> {
			if (member.getRole() == TeamRole.ADMIN && isLastAdmin(member)) {
				errors.add(UserErrorCode.INVALID_STATE, "teamMemberId", "The last admin of a werkplaats stays.");
				return null;
			}
			TeamChange change = record(member, TeamChangeAction.REMOVED, member.getRole(), null);
			this.memberships.delete(member);
			return change;
		});
	}

	@SchemaMapping(typeName = "Werkplaats")
	CompletableFuture<Connection<TeamMember>> team(Node werkplaats, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment field,
			DataLoader<WerkplaatsPage, Connection<TeamMember>> werkplaatsTeams) {
		Actor actor = Actor.current();
		if (!actor.isNetworkCoordinator() && !actor.hasTeamRoleIn(werkplaats.getId(), TeamRole.values())) {
			throw new AccessDeniedException("Only the werkplaats's own team and network coordinators see its team");
		}
		return werkplaatsTeams.load(new WerkplaatsPage(werkplaats.getId(), PageRequest.of(first, after, field)));
	}

	@SchemaMapping(typeName = "Werkplaats")
	CompletableFuture<Connection<TeamChange>> teamChanges(Node werkplaats, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment field,
			DataLoader<WerkplaatsPage, Connection<TeamChange>> werkplaatsTeamChanges) {
		if (!mayAdminister(werkplaats.getId())) {
			throw new AccessDeniedException(
					"Only the werkplaats's admins and network coordinators see its team changes");
		}
		return werkplaatsTeamChanges.load(new WerkplaatsPage(werkplaats.getId(), PageRequest.of(first, after, field)));
	}

	/**
	 * A change to one member; returns the recorded change, or null when nothing changed.
	 */
	private interface Change {

		@Nullable TeamChange apply(Membership member, UserErrors errors);

	}

	private TeamChangePayload administer(String teamMemberId, Change change) {
		Membership found = GlobalId.idOf(teamMemberId, "TeamMember")
			.flatMap((id) -> this.tenancy.readNationally(() -> this.memberships.findById(id)))
			.filter((member) -> mayAdminister(member.getWerkplaatsId()))
			.orElseThrow(() -> new NotFoundException("No member of a team you administer has this id"));
		TeamWerkplaats werkplaats = this.werkplaatsen.find(found.getWerkplaatsId()).orElseThrow();
		return this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.ADMINISTER, () -> {
			Membership member = this.memberships.findById(found.getId()).orElseThrow();
			UserErrors errors = new UserErrors();
			TeamChange recorded = change.apply(member, errors);
			return new TeamChangePayload(recorded, errors.list());
		});
	}

	/**
	 * Whether the member is the werkplaats's only admin, counted under a lock so two
	 * admins demoting each other at once cannot leave none.
	 */
	private boolean isLastAdmin(Membership member) {
		return this.memberships.lockAdmins(member.getWerkplaatsId())
			.stream()
			.noneMatch((admin) -> !admin.getId().equals(member.getId()));
	}

	private boolean mayAdminister(UUID werkplaatsId) {
		Actor actor = Actor.current();
		return actor.isNetworkCoordinator() || actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN);
	}

	private TeamChange record(Membership member, TeamChangeAction action, @Nullable TeamRole oldRole,
			@Nullable TeamRole newRole) {
		return this.changes.save(new TeamChange(member.getId(), member.getName(), action, oldRole, newRole,
				Objects.requireNonNull(Actor.current().subject()), this.clock.instant()));
	}

	/** {@code teamMemberRoleChange}'s input. */
	record TeamMemberRoleChangeInput(String teamMemberId, TeamRole role) {
	}

	/** {@code teamMemberRemove}'s input. */
	record TeamMemberRemoveInput(String teamMemberId) {
	}

	record TeamChangePayload(@Nullable TeamChange change, List<UserError> userErrors) {
	}

}
