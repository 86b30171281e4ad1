package nl.werkplaatsen.network;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.network.Journeys.AccountManager;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Shared account management: one lead werkplaats and one of its team members per
 * organisation, named by the lead's admins and coordinators (or the first werkplaats to
 * work with it) or by network coordinators; every naming is kept. Also says whom to tell
 * when another werkplaats adds a touchpoint.
 */
@Service
public class AccountManagement {

	private final AccountManagerAssignmentRepository assignments;

	private final Journeys journeys;

	private final OrganisationRegister register;

	private final TeamDirectory teams;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountManagement(AccountManagerAssignmentRepository assignments, Journeys journeys, OrganisationRegister register,
			TeamDirectory teams, WerkplaatsDirectory werkplaatsen, Tenancy tenancy, JdbcClient jdbc, Clock clock) {
		this.assignments = assignments;
		this.journeys = journeys;
		this.register = register;
		this.teams = teams;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'NETWORK_COORDINATOR')")
	@Transactional
	SetPayload set(SetInput input) {
		Actor actor = Actor.current();
		boolean network = actor.isNetworkCoordinator();
		UserErrors errors = new UserErrors();
		UUID organisation = GlobalId.idOf(input.organisationId(), "Organisation")
			.filter((id) -> network ? !this.tenancy.readNationally(() -> this.register.nodes(List.of(id))).isEmpty()
					: this.journeys.relatedToCallersWerkplaats(id))
			.orElse(null);
		if (organisation == null) {
			errors.add(UserErrorCode.NOT_FOUND, "organisationId", "No organisation your werkplaats works with.");
		}
		Optional<UUID> memberId = GlobalId.idOf(input.teamMemberId(), "TeamMember");
		TeamMember member = (network ? memberId.map((id) -> this.teams.findAll(List.of(id)).get(id))
				: memberId.flatMap(this.teams::findOwnTeamMember))
			.orElse(null);
		if (member == null) {
			errors.add(UserErrorCode.NOT_FOUND, "teamMemberId",
					network ? "No team member with this id." : "Name a member of your own werkplaats's team.");
		}
		else if (member.role() == TeamRole.STUDENT) {
			errors.add(UserErrorCode.INVALID_STATE, "teamMemberId",
					"A student does not manage accounts: name an admin, coordinator, teacher or expert.");
		}
		if (organisation != null && !network) {
			AccountManager current = this.journeys.currentManagers(List.of(organisation)).get(organisation);
			UUID own = actor.werkplaatsId().orElseThrow();
			if (current != null && !current.werkplaatsId().equals(own)) {
				errors.add(UserErrorCode.NOT_LEAD_WERKPLAATS, "organisationId",
						"Another werkplaats leads this account: "
								+ "its admins or coordinators, or a network coordinator, name the account manager.");
			}
		}
		if (errors.any() || organisation == null || member == null) {
			return new SetPayload(null, errors.list());
		}
		WerkplaatsCard lead = this.werkplaatsen.referencedBy(member.werkplaatsId());
		AccountManagerAssignment assignment = new AccountManagerAssignment(lead.id(), organisation, member.id(),
				member.name(), Objects.requireNonNull(actor.subject()), this.clock.instant());
		// The lead werkplaats owns the row: a network coordinator acts for it to write
		// it.
		this.tenancy.actFor(lead.id(), lead.slug(), Permission.COORDINATE,
				() -> this.assignments.saveAndFlush(assignment));
		return new SetPayload(this.journeys.currentManagers(List.of(organisation)).get(organisation), List.of());
	}

	/**
	 * The account manager to tell that a werkplaats added a touchpoint for an
	 * organisation: only when another werkplaats leads it and it shares with the network.
	 */
	@Transactional(readOnly = true)
	public Optional<Recipient> toTell(UUID organisationId, UUID touchingWerkplaatsId) {
		return this.jdbc.sql("select * from account_manager_to_tell(:organisation, :werkplaats)")
			.param("organisation", organisationId)
			.param("werkplaats", touchingWerkplaatsId)
			.query((row, number) -> new Recipient(row.getObject("lead_werkplaats_id", UUID.class),
					row.getObject("team_member_id", UUID.class), row.getString("organisation_name")))
			.optional();
	}

	/**
	 * An account manager to tell.
	 *
	 * @param leadWerkplaatsId their werkplaats
	 * @param teamMemberId their membership there
	 * @param organisationName the organisation's registered name
	 */
	public record Recipient(UUID leadWerkplaatsId, UUID teamMemberId, String organisationName) {
	}

	record SetInput(String organisationId, String teamMemberId) {
	}

	record SetPayload(@Nullable AccountManager accountManager, List<UserError> userErrors) {
	}

}
