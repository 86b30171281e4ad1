package nl.werkplaatsen.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import nl.werkplaatsen.platform.LinkTokens;
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
 * a password. An account someone can log in to whose address Keycloak has not verified
 * gets a pending membership, which counts once the invitee accepts it with the link
 * mailed to the address. Inviting again is safe: the same account and membership are
 * found and the invitation (or the acceptance link) is sent again.
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

	private final AcceptanceTokens acceptanceTokens;

	private final Duration acceptanceValidFor;

	private final String acceptUrl;

	TeamInvitations(Accounts accounts, TeamDirectory teams, TeamChangeRepository changes, TeamWerkplaatsen werkplaatsen,
			MembershipRepository memberships, Tenancy tenancy, Clock clock, ApplicationEventPublisher events,
			FrontendClients frontendClients, AcceptanceTokens acceptanceTokens,
			@Value("${werkplaats.team.acceptance-valid-for:P7D}") Duration acceptanceValidFor,
			@Value("${werkplaats.team.accept-url:http://localhost:8080/uitnodiging}") String acceptUrl) {
		this.acceptanceTokens = acceptanceTokens;
		this.acceptanceValidFor = acceptanceValidFor;
		this.acceptUrl = acceptUrl;
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
			else if (existing.get().isPending()) {
				// Inviting again resends the acceptance link (a fresh one).
				this.events.publishEvent(new TeamMemberAdded(existing.get().getId(), werkplaatsId, true, true));
			}
			return new Joined(TeamMember.seenBy(Actor.current(), existing.get()), null);
		}
		boolean mustAccept = mustProveAddress(account);
		TeamMember member = mustAccept
				? this.teams.addPendingMember(werkplaatsId, slug, account.subject(), role, invitee.name(),
						account.email())
				: this.teams.addMember(werkplaatsId, slug, account.subject(), role, invitee.name(), account.email(),
						null);
		TeamChange change = this.tenancy.actFor(werkplaatsId, slug, Permission.ADMINISTER,
				() -> this.changes.save(new TeamChange(member.id(), member.name(), TeamChangeAction.INVITED, null, role,
						Objects.requireNonNull(Actor.current().subject()), this.clock.instant())));
		this.events.publishEvent(new TeamMemberAdded(member.id(), werkplaatsId, account.hasPassword(), mustAccept));
		return new Joined(member, change);
	}

	/**
	 * Whether the account must prove it owns the invited address before the membership
	 * counts: an account someone can log in to whose email Keycloak has not verified may
	 * have typed in somebody else's address. An account created for this invitation, or
	 * one nobody has logged in to yet, is safe: the only way in is the link Keycloak
	 * mails to the address.
	 */
	static boolean mustProveAddress(Account account) {
		return !account.created() && !account.emailVerified() && account.hasPassword();
	}

	/**
	 * A fresh link to accept a pending membership, for the email to the invited address
	 * (earlier links stop working), or empty when it is not pending any more.
	 */
	public Optional<AcceptanceLink> acceptanceLink(UUID werkplaatsId, UUID membershipId) {
		TeamWerkplaats werkplaats = this.werkplaatsen.find(werkplaatsId).orElseThrow();
		List<String> origins = werkplaats.origins();
		return this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
				() -> this.memberships.findById(membershipId).filter(Membership::isPending).map((membership) -> {
					String token = LinkTokens.newToken();
					Instant validUntil = this.clock.instant().plus(this.acceptanceValidFor);
					membership.issueAcceptanceToken(LinkTokens.hash(token), validUntil);
					this.memberships.save(membership);
					String page = origins.isEmpty() ? this.acceptUrl : origins.getFirst() + "/uitnodiging";
					return new AcceptanceLink(Objects.requireNonNull(membership.getEmail()), membership.getName(),
							membership.getRole(), page + "?token=" + token, token, validUntil);
				}));
	}

	/**
	 * Accepts a pending membership as the logged-in invitee with the token mailed to the
	 * invited address: only the account it was meant for can, and only with that token.
	 */
	TeamInvitationAcceptPayload accept(TeamInvitationAcceptInput input) {
		Actor actor = Actor.current();
		if (actor.subject() == null || actor.kind() != Actor.Kind.PERSON) {
			throw new AccessDeniedException("Log in as the invited person to accept an invitation");
		}
		String token = (input.token() != null) ? input.token().strip() : "";
		AcceptanceTokens.Outcome outcome = this.acceptanceTokens.accept(token);
		return switch (outcome.result()) {
			case "ACCEPTED" -> {
				TeamWerkplaats werkplaats = this.werkplaatsen.find(Objects.requireNonNull(outcome.werkplaatsId()))
					.orElseThrow();
				// Read back by the platform: the new member counts from the next request.
				TeamMember member = Tenancy
					.callAs(Actor.PLATFORM,
							() -> this.tenancy.readFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
									() -> this.memberships.findById(Objects.requireNonNull(outcome.membershipId()))))
					.map((membership) -> TeamMember.seenBy(actor, membership))
					.orElseThrow();
				yield new TeamInvitationAcceptPayload(member, List.of());
			}
			case "EXPIRED" -> new TeamInvitationAcceptPayload(null,
					new UserErrors()
						.add(UserErrorCode.LINK_EXPIRED, "token",
								"This invitation link has expired; ask the werkplaats to invite you again.")
						.list());
			default -> new TeamInvitationAcceptPayload(null,
					new UserErrors()
						.add(UserErrorCode.LINK_INVALID, "token",
								"This invitation is not known for the account you are logged in with: log in with "
										+ "the account it was sent for, or use the latest link.")
						.list());
		};
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

	record TeamInvitationAcceptInput(@Nullable String token) {
	}

	record TeamInvitationAcceptPayload(@Nullable TeamMember teamMember, List<UserError> userErrors) {
	}

	/**
	 * A link that accepts a pending membership, for the email to the invited address.
	 *
	 * @param email the invited address
	 * @param name the invitee's name
	 * @param role the role they are invited in
	 * @param url the page to accept on, with the token
	 * @param token the token itself, for a frontend without that page
	 * @param validUntil when the link stops working
	 */
	public record AcceptanceLink(String email, String name, TeamRole role, String url, String token,
			Instant validUntil) {
	}

	record TeamMemberInvitePayload(@Nullable TeamMember teamMember, @Nullable TeamChange change, boolean invitationSent,
			List<UserError> userErrors) {

		static TeamMemberInvitePayload rejected(List<UserError> userErrors) {
			return new TeamMemberInvitePayload(null, null, false, userErrors);
		}

	}

}
