package nl.werkplaatsen.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.intake.IntakeSubmitted;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.network.AccountManagement;
import nl.werkplaatsen.network.AccountManagement.Recipient;
import nl.werkplaatsen.network.ReferralSent;
import nl.werkplaatsen.network.Referrals;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.traject.TrajectCreated;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Tells an organisation's account manager when another werkplaats adds a touchpoint (an
 * intake, a traject, a referral) for it, if it shares with the network; branded for the
 * account manager's own werkplaats.
 */
@Component
class AccountManagerMails {

	private final AccountManagement accountManagement;

	private final Intakes intakes;

	private final Referrals referrals;

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final Mailer mailer;

	AccountManagerMails(AccountManagement accountManagement, Intakes intakes, Referrals referrals,
			WerkplaatsDirectory werkplaatsen, TeamDirectory teams, Tenancy tenancy, Mailer mailer) {
		this.accountManagement = accountManagement;
		this.intakes = intakes;
		this.referrals = referrals;
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void on(IntakeSubmitted submitted) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(submitted.werkplaatsId());
		this.tenancy
			.readFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> this.intakes.summaryOf(submitted.intakeId()))
			.ifPresent((intake) -> tell(intake.organisationId(), werkplaats, "een nieuwe hulpvraag"));
	}

	@Async
	@TransactionalEventListener
	void on(TrajectCreated created) {
		tell(created.organisationId(), this.werkplaatsen.referencedBy(created.werkplaatsId()), "een nieuw traject");
	}

	@Async
	@TransactionalEventListener
	void on(ReferralSent sent) {
		WerkplaatsCard from = this.werkplaatsen.referencedBy(sent.fromWerkplaatsId());
		this.tenancy
			.readFor(from.id(), from.slug(), Permission.PLATFORM, () -> this.referrals.noticeOf(sent.referralId()))
			.ifPresent((referral) -> tell(referral.organisationId(), from, "een doorverwijzing"));
	}

	private void tell(UUID organisationId, WerkplaatsCard touching, String what) {
		Recipient recipient = this.accountManagement.toTell(organisationId, touching.id()).orElse(null);
		if (recipient == null) {
			return; // no account manager, the lead's own touchpoint, or no network
					// consent
		}
		WerkplaatsCard lead = this.werkplaatsen.referencedBy(recipient.leadWerkplaatsId());
		this.teams.emailOf(lead.id(), lead.slug(), recipient.teamMemberId()).ifPresent((email) -> {
			Map<String, Object> variables = MailBranding.variablesOf(lead);
			variables.put("organisation", recipient.organisationName());
			variables.put("other", MailBranding.nameOf(touching));
			variables.put("what", what);
			this.mailer.send(List.of(email), null,
					"Nieuw contactmoment: " + recipient.organisationName() + " bij " + MailBranding.nameOf(touching),
					"account-touchpoint", variables);
		});
	}

}
