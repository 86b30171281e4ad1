package nl.werkplaatsen.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.intake.IntakeSubmitted;
import nl.werkplaatsen.intake.IntakeSummary;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The emails about a new intake: a confirmation with the reference to the entrepreneur, a
 * notification to the werkplaats's coordinators. Each is its own listener, so each is
 * retried on its own and a failed one never resends the other.
 */
@Component
class IntakeMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
			Locale.forLanguageTag("nl-NL"));

	private final Intakes intakes;

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final Mailer mailer;

	IntakeMails(Intakes intakes, WerkplaatsDirectory werkplaatsen, TeamDirectory teams, Tenancy tenancy,
			Mailer mailer) {
		this.intakes = intakes;
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void confirmToEntrepreneur(IntakeSubmitted event) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(event.werkplaatsId());
		IntakeSummary intake = summary(werkplaats, event);
		this.mailer.send(List.of(intake.contactEmail()), werkplaats.contact().email(),
				"Uw hulpvraag bij " + MailBranding.nameOf(werkplaats) + " (" + intake.reference() + ")",
				"intake-confirmation", variables(werkplaats, intake));
	}

	@Async
	@TransactionalEventListener
	void notifyCoordinators(IntakeSubmitted event) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(event.werkplaatsId());
		IntakeSummary intake = summary(werkplaats, event);
		List<String> coordinators = this.teams.coordinatorEmailsOf(werkplaats.id(), werkplaats.slug());
		if (coordinators.isEmpty()) {
			return; // a werkplaats without a team yet: nobody to tell
		}
		this.mailer.send(coordinators, null,
				"Nieuwe hulpvraag: " + intake.organisationName() + " (" + intake.reference() + ")",
				"intake-notification", variables(werkplaats, intake));
	}

	private IntakeSummary summary(WerkplaatsCard werkplaats, IntakeSubmitted event) {
		return this.tenancy
			.readFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> this.intakes.summaryOf(event.intakeId()))
			.orElseThrow(() -> new IllegalStateException("Intake " + event.intakeId() + " is gone"));
	}

	private static Map<String, Object> variables(WerkplaatsCard werkplaats, IntakeSummary intake) {
		Map<String, Object> variables = MailBranding.variablesOf(werkplaats);
		variables.put("reference", intake.reference());
		variables.put("question", intake.question());
		variables.put("organisation", intake.organisationName());
		variables.put("contactName", intake.contactName());
		variables.put("submittedAt", WHEN.format(intake.submittedAt().atZone(ZoneId.of("Europe/Amsterdam"))));
		return variables;
	}

}
