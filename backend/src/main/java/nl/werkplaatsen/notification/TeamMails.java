package nl.werkplaatsen.notification;

import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamInvitations;
import nl.werkplaatsen.team.TeamInvitations.AcceptanceLink;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.team.TeamMemberAdded;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Tells someone who already has an account that a werkplaats added them to its team (new
 * accounts get Keycloak's invitation to choose a password instead).
 */
@Component
class TeamMails {

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final Mailer mailer;

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

	private final TeamInvitations invitations;

	TeamMails(WerkplaatsDirectory werkplaatsen, TeamDirectory teams, Tenancy tenancy, Mailer mailer,
			TeamInvitations invitations) {
		this.invitations = invitations;
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void noticeToExistingAccount(TeamMemberAdded added) {
		if (added.pending()) {
			askToAccept(added);
			return;
		}
		if (!added.canLogIn()) {
			return;
		}
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(added.werkplaatsId());
		TeamMember member = this.tenancy
			.readFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> this.teams.findOwnTeamMember(added.membershipId()))
			.orElse(null);
		if (member == null || member.email() == null) {
			// Removed again before the notice went out, or no address: nothing to tell.
			return;
		}
		Map<String, Object> variables = MailBranding.variablesOf(werkplaats);
		variables.put("name", member.name());
		variables.put("role", RoleNames.of(member.role()));
		variables.put("email", member.email());
		variables.put("slug", werkplaats.slug());
		this.mailer.send(List.of(member.email()), werkplaats.contact().email(),
				"Welkom in het team van " + MailBranding.nameOf(werkplaats), "team-added", variables);
	}

	/**
	 * Sends the invited address the link that makes a pending membership count: only its
	 * owner, logged in as the account it was meant for, can accept.
	 */
	private void askToAccept(TeamMemberAdded added) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(added.werkplaatsId());
		AcceptanceLink link = this.invitations.acceptanceLink(added.werkplaatsId(), added.membershipId()).orElse(null);
		if (link == null) {
			// Accepted or removed before the link went out: nothing to ask.
			return;
		}
		Map<String, Object> variables = MailBranding.variablesOf(werkplaats);
		variables.put("name", link.name());
		variables.put("role", RoleNames.of(link.role()));
		variables.put("url", link.url());
		variables.put("token", link.token());
		variables.put("validUntil", DAY.format(link.validUntil().atZone(java.time.ZoneId.of("Europe/Amsterdam"))));
		this.mailer.send(List.of(link.email()), werkplaats.contact().email(),
				"Uitnodiging voor het team van " + MailBranding.nameOf(werkplaats) + ": bevestig uw e-mailadres",
				"team-accept", variables);
	}

	/** Dutch names of the team roles, as the werkplaatsen use them. */
	static final class RoleNames {

		private RoleNames() {
		}

		static String of(TeamRole role) {
			return switch (role) {
				case ADMIN -> "beheerder";
				case COORDINATOR -> "coördinator";
				case TEACHER -> "docent";
				case EXPERT -> "expert";
				case STUDENT -> "student";
			};
		}

	}

}
