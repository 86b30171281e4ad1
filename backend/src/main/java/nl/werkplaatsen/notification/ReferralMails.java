package nl.werkplaatsen.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.network.ReferralAnswered;
import nl.werkplaatsen.network.ReferralSent;
import nl.werkplaatsen.network.ReferralStatus;
import nl.werkplaatsen.network.Referrals;
import nl.werkplaatsen.network.Referrals.ReferralNotice;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The emails of the referral loop, each branded for the werkplaats whose team receives
 * it: the receiver's coordinators hear of a new referral (and of a withdrawal), the
 * sender's coordinators of the answer or the expiry.
 */
@Component
class ReferralMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	private final Referrals referrals;

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final Mailer mailer;

	ReferralMails(Referrals referrals, WerkplaatsDirectory werkplaatsen, TeamDirectory teams, Tenancy tenancy,
			Mailer mailer) {
		this.referrals = referrals;
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void notifyReceiver(ReferralSent sent) {
		WerkplaatsCard from = this.werkplaatsen.referencedBy(sent.fromWerkplaatsId());
		ReferralNotice referral = notice(from, sent.referralId());
		WerkplaatsCard to = this.werkplaatsen.referencedBy(sent.toWerkplaatsId());
		send(to, "Doorverwijzing van " + MailBranding.nameOf(from) + ": " + referral.organisationName(),
				"referral-received", variables(to, from, referral));
	}

	@Async
	@TransactionalEventListener
	void notifyOtherSide(ReferralAnswered answered) {
		if (answered.toWerkplaatsId() == null) {
			return; // an initiative: nobody on the platform to tell
		}
		WerkplaatsCard from = this.werkplaatsen.referencedBy(answered.fromWerkplaatsId());
		ReferralNotice referral = notice(from, answered.referralId());
		WerkplaatsCard to = this.werkplaatsen.referencedBy(answered.toWerkplaatsId());
		if (answered.status() == ReferralStatus.WITHDRAWN) {
			send(to, "Doorverwijzing ingetrokken: " + referral.organisationName(), "referral-withdrawn",
					variables(to, from, referral));
			return;
		}
		String what = switch (answered.status()) {
			case ACCEPTED -> "geaccepteerd";
			case DECLINED -> "afgewezen";
			case EXPIRED -> "verlopen";
			default -> throw new IllegalStateException("No email for " + answered.status());
		};
		Map<String, Object> variables = variables(from, to, referral);
		variables.put("answer", what);
		send(from, "Doorverwijzing " + what + ": " + referral.organisationName(), "referral-answered", variables);
	}

	/** Read as the platform acting for the sender, which owns the referral. */
	private ReferralNotice notice(WerkplaatsCard sender, java.util.UUID id) {
		return this.tenancy.readFor(sender.id(), sender.slug(), Permission.PLATFORM, () -> this.referrals.noticeOf(id))
			.orElseThrow(() -> new IllegalStateException("Referral " + id + " is gone"));
	}

	private void send(WerkplaatsCard werkplaats, String subject, String template, Map<String, Object> variables) {
		List<String> coordinators = this.teams.coordinatorEmailsOf(werkplaats.id(), werkplaats.slug());
		if (coordinators.isEmpty()) {
			return; // a werkplaats without a team yet: nobody to tell
		}
		this.mailer.send(coordinators, null, subject, template, variables);
	}

	/**
	 * Branded for the werkplaats whose team reads it; {@code other} is the other side.
	 */
	private static Map<String, Object> variables(WerkplaatsCard reader, WerkplaatsCard other, ReferralNotice referral) {
		Map<String, Object> variables = MailBranding.variablesOf(reader);
		variables.put("other", MailBranding.nameOf(other));
		variables.put("organisation", referral.organisationName());
		variables.put("question", referral.question());
		variables.put("note", referral.note());
		variables.put("declineReason", referral.declineReason());
		variables.put("sentOn", WHEN.format(referral.createdAt().atZone(ZoneId.of("Europe/Amsterdam"))));
		return variables;
	}

}
