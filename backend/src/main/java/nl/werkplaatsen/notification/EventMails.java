package nl.werkplaatsen.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkplaatsen.event.EventRegistered;
import nl.werkplaatsen.event.Events;
import nl.werkplaatsen.event.Events.RegistrationSummary;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The confirmation of an event registration, in the werkplaats's branding; to someone
 * registering again with the same address, that they were registered already.
 */
@Component
class EventMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
			Locale.forLanguageTag("nl-NL"));

	private final Events events;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final Mailer mailer;

	EventMails(Events events, WerkplaatsDirectory werkplaatsen, Tenancy tenancy, Mailer mailer) {
		this.events = events;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.mailer = mailer;
	}

	@Async
	@TransactionalEventListener
	void confirmRegistration(EventRegistered registered) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(registered.werkplaatsId());
		RegistrationSummary registration = this.tenancy
			.readFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> this.events.registration(registered.registrationId()))
			.orElseThrow(() -> new IllegalStateException("Registration " + registered.registrationId() + " is gone"));
		Map<String, Object> variables = MailBranding.variablesOf(werkplaats);
		variables.put("name", registration.name());
		variables.put("title", registration.eventTitle());
		variables.put("when", WHEN.format(registration.startsAt().atZone(ZoneId.of("Europe/Amsterdam"))));
		variables.put("where",
				registration.online() ? "online (de link volgt vooraf per e-mail)" : registration.location());
		variables.put("again", registered.again());
		this.mailer.send(List.of(registration.email()), werkplaats.contact().email(),
				(registered.again() ? "U was al aangemeld: " : "Aanmelding bevestigd: ") + registration.eventTitle(),
				"event-registration", variables);
	}

}
