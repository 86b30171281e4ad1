package nl.werkplaatsen.team;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import nl.werkplaatsen.identity.Accounts;
import nl.werkplaatsen.identity.Accounts.Account;
import nl.werkplaatsen.identity.IdentityProviderException;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FrontendClients;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamWerkplaatsen.TeamWerkplaats;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;

/**
 * Invites people into a werkplaats's team: finds or creates their one Keycloak account by
 * email, records the membership and the change, and sends Keycloak's invitation to choose
 * a password. Inviting again is safe: the same account and membership are found and the
 * invitation is sent again while no password is set.
 */
@Service
public class TeamInvitations {

	private static final Logger logger = LoggerFactory.getLogger(TeamInvitations.class);

	private final Accounts accounts;

	private final TeamDirectory teams;

	private final TeamChangeRepository changes;

	private final TeamWerkplaatsen werkplaatsen;

	private final MembershipRepository memberships;

	private final Tenancy tenancy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FrontendClients frontendClients;

	TeamInvitations(Accounts accounts, TeamDirectory teams, TeamChangeRepository changes, TeamWerkplaatsen werkplaatsen,
			MembershipRepository memberships, Tenancy tenancy, Clock clock, ApplicationEventPublisher events,
			FrontendClients frontendClients) {
		this.memberships = memberships;
		this.events = events;
		this.frontendClients = frontendClients;
		this.accounts = accounts;
		this.teams = teams;
		this.changes = changes;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	TeamMemberInvitePayload invite(TeamMemberInviteInput input) {
		TeamWerkplaats werkplaats = target(input.werkplaatsId());
		Actor actor = Actor.current();
		if (!actor.isNetworkCoordinator() && !actor.hasTeamRoleIn(werkplaats.id(), TeamRole.ADMIN)) {
			throw new AccessDeniedException(
					"Only the werkplaats's admins and network coordinators invite into its team");
		}
		UserErrors errors = new UserErrors();
		if (!werkplaats.active()) {
			errors.add(UserErrorCode.INVALID_STATE, "werkplaatsId", "This werkplaats is archived.");
		}
		Invitee invitee = Invitee.validate(errors, "", input.email(), input.name());
		if (errors.any() || invitee == null) {
			return TeamMemberInvitePayload.rejected(errors.list());
		}
		Account account;
		try {
			account = this.accounts.findOrCreate(invitee.email(), invitee.firstName(), invitee.lastName());
		}
		catch (IdentityProviderException ex) {
			return TeamMemberInvitePayload.rejected(keycloakError(errors, ex, "email").list());
		}
		Joined result = this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.ADMINISTER,
				() -> joinRecorded(werkplaats.id(), werkplaats.slug(), account, invitee, input.role(), errors));
		if (errors.any()) {
			return TeamMemberInvitePayload.rejected(errors.list());
		}
		boolean sent = sendInvitationIfNeeded(account, werkplaats.id(), werkplaats.origins(), errors, "email");
		return new TeamMemberInvitePayload(result.member(), result.change(), sent, errors.list());
	}

	/**
	 * Records the account's membership in the werkplaats the current work acts for (and
	 * the change); an existing one with the same role is returned as it is, another role
	 * is a TAKEN error on {@code email}.
	 */
	public TeamMember join(UUID werkplaatsId, String slug, Account account, Invitee invitee, TeamRole role,
			UserErrors errors) {
		return joinRecorded(werkplaatsId, slug, account, invitee, role, errors).member();
	}

	private Joined joinRecorded(UUID werkplaatsId, String slug, Account account, Invitee invitee, TeamRole role,
			UserErrors errors) {
		Optional<Membership> existing = this.tenancy.actFor(werkplaatsId, slug, Permission.ADMINISTER,
				() -> this.memberships.findByWerkplaatsIdAndSubject(werkplaatsId, account.subject()));
		if (existing.isPresent()) {
			if (existing.get().getRole() != role) {
				errors.add(UserErrorCode.TAKEN, "email", "This person is already in the team as "
						+ existing.get().getRole() + "; change the role with teamMemberRoleChange.");
			}
			return new Joined(TeamMember.seenBy(Actor.current(), existing.get()), null);
		}
		TeamMember member = this.teams.addMember(werkplaatsId, slug, account.subject(), role, invitee.name(),
				account.email(), null);
		TeamChange change = this.tenancy.actFor(werkplaatsId, slug, Permission.ADMINISTER,
				() -> this.changes.save(new TeamChange(member.id(), member.name(), TeamChangeAction.INVITED, null, role,
						Objects.requireNonNull(Actor.current().subject()), this.clock.instant())));
		this.events.publishEvent(new TeamMemberAdded(member.id(), werkplaatsId, account.hasPassword()));
		return new Joined(member, change);
	}

	/**
	 * Sends Keycloak's invitation to choose a password to an account without one; returns
	 * whether it was sent. A failure becomes a user error: the membership stands and
	 * inviting again resends.
	 */
	public boolean sendInvitationIfNeeded(Account account, UUID werkplaatsId, List<String> origins, UserErrors errors,
			String field) {
		if (account.hasPassword()) {
			return false;
		}
		// Afterwards the person lands on the werkplaats's own site, through its browser
		// client, when it has both.
		String browserClient = this.frontendClients.clientsOf(werkplaatsId)
			.stream()
			.filter((client) -> client.kind() == FrontendClients.Kind.BROWSER && client.enabled())
			.map(FrontendClients.BoundClient::clientId)
			.findFirst()
			.orElse(null);
		try {
			this.accounts.sendInvitation(account.subject(), browserClient,
					(browserClient != null && !origins.isEmpty()) ? origins.getFirst() + "/" : null);
			return true;
		}
		catch (IdentityProviderException ex) {
			logger.warn("Invitation email for {} not sent: {}", account.subject(), ex.getMessage());
			errors.add(UserErrorCode.INVITATION_NOT_SENT, field,
					"The team membership is recorded, but the invitation email could not be sent (" + ex.getMessage()
							+ "). Invite again to resend it.");
			return false;
		}
	}

	/** The user error for a failure of Keycloak: UNAVAILABLE or REFUSED on the field. */
	public static UserErrors keycloakError(UserErrors errors, IdentityProviderException ex, String field) {
		return errors.add(ex.isUnavailable() ? UserErrorCode.UNAVAILABLE : UserErrorCode.REFUSED, field,
				ex.getMessage());
	}

	private TeamWerkplaats target(@Nullable String werkplaatsId) {
		if (werkplaatsId == null) {
			return Actor.current()
				.werkplaatsId()
				.flatMap(this.werkplaatsen::find)
				.orElseThrow(() -> new NotFoundException(
						"Name the werkplaats: werkplaatsId, or the Werkplaats header for a member of several"));
		}
		return GlobalId.idOf(werkplaatsId, "Werkplaats")
			.flatMap(this.werkplaatsen::find)
			.orElseThrow(() -> new NotFoundException("No werkplaats with this id"));
	}

	/** A membership and the change that recorded it (null when it already existed). */
	private record Joined(TeamMember member, @Nullable TeamChange change) {
	}

	/**
	 * A person to invite, validated: the email lowercased, the name split into the first
	 * and last name Keycloak asks for.
	 */
	public record Invitee(String email, String name, String firstName, String lastName) {

		/**
		 * The invitee, or null with the errors added under the given field prefix.
		 */
		public static @Nullable Invitee validate(UserErrors errors, String prefix, @Nullable String email,
				@Nullable String name) {
			String address = errors.requiredText(prefix + "email", email, 254);
			errors.matches(prefix + "email", address, InputFormats.EMAIL, "an email address such as jan@example.nl");
			String fullName = errors.requiredText(prefix + "name", name, 200);
			String[] parts = (fullName != null) ? fullName.strip().split("\\s+", 2) : new String[0];
			if (fullName != null && parts.length < 2) {
				errors.add(UserErrorCode.INVALID_FORMAT, prefix + "name",
						"Give a first and a last name, e.g. Jan de Vries: the account needs both.");
			}
			if (address == null || fullName == null || parts.length < 2) {
				return null;
			}
			return new Invitee(address.toLowerCase(Locale.ROOT), fullName.strip(), parts[0], parts[1]);
		}

	}

	record TeamMemberInviteInput(@Nullable String werkplaatsId, String email, String name, TeamRole role) {
	}

	record TeamMemberInvitePayload(@Nullable TeamMember teamMember, @Nullable TeamChange change, boolean invitationSent,
			List<UserError> userErrors) {

		static TeamMemberInvitePayload rejected(List<UserError> userErrors) {
			return new TeamMemberInvitePayload(null, null, false, userErrors);
		}

	}

}
