package nl.werkplaatsen.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.monitor.MonitorInstrument;
import nl.werkplaatsen.monitor.MonitorInvitationDue;
import nl.werkplaatsen.monitor.MonitorLinks;
import nl.werkplaatsen.monitor.MonitorLinks.MonitorLink;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The monitor's invitations and reminders: a personal link to the survey, in the
 * werkplaats's branding, issued in the werkplaats's own transaction just before sending.
 */
@Component
class MonitorMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	private final MonitorLinks links;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final Mailer mailer;

	MonitorMails(MonitorLinks links, WerkplaatsDirectory werkplaatsen, Tenancy tenancy, Mailer mailer) {
		this.links = links;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void invite(MonitorInvitationDue due) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(due.werkplaatsId());
		Optional<MonitorLink> link = this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
				() -> this.links.issue(due.invitationId(), due.reminder(), werkplaats.branding().surveyFormUrl()));
		link.ifPresent((survey) -> {
			Map<String, Object> variables = MailBranding.variablesOf(werkplaats);
			variables.put("name", survey.name());
			variables.put("title", survey.subjectTitle());
			variables.put("url", survey.url());
			variables.put("until", DAY.format(survey.expiresOn()));
			variables.put("reminder", survey.reminder());
			variables.put("training", survey.instrument() == MonitorInstrument.IMPACT_MATRIX);
			String subject = (survey.reminder() ? "Herinnering: " : "")
					+ ((survey.instrument() == MonitorInstrument.IMPACT_MATRIX)
							? "Wat heeft " + survey.subjectTitle() + " u opgeleverd?"
							: "Hoe staat het er nu voor? Korte vragenlijst over " + survey.subjectTitle());
			this.mailer.send(List.of(survey.email()), werkplaats.contact().email(), subject, "monitor-invitation",
					variables);
		});
	}

}
