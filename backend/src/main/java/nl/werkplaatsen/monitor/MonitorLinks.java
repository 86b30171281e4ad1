package nl.werkplaatsen.monitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.LinkTokens;
import nl.werkplaatsen.event.Events;
import nl.werkplaatsen.organisation.Contacts;

/**
 * The personal links of monitor invitations: what the notification module may know to
 * email one. A link's token is random, stored only as its SHA-256 hash, expires after
 * {@code werkplaats.monitor.link-valid-for} (30 days by default) and is used once;
 * issuing a new link (a resend or the reminder) replaces the previous one.
 */
@Service
public class MonitorLinks {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Contacts contacts;

	private final Clock clock;

	private final Duration validFor;

	private final String formUrl;

	private final Events events;

	MonitorLinks(JdbcClient jdbc, Contacts contacts, Events events, Clock clock,
			@Value("${werkplaats.monitor.link-valid-for:30d}") Duration validFor,
			@Value("${werkplaats.monitor.form-url:http://localhost:8080/monitor/form}") String formUrl) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
		this.validFor = validFor;
		this.formUrl = formUrl;
	}

	/**
	 * Issues a new personal link for the invitation, in the transaction of its
	 * werkplaats, and marks it sent (or reminded), pointing at the werkplaats's own form
	 * page when it has one; empty when there is nothing to send: answered, expired, a
	 * reminder that is no longer due, or the contact no longer consents (then the
	 * invitation turns NO_CONSENT and forgets the contact).
	 */
	@Transactional
	public Optional<MonitorLink> issue(UUID invitationId, boolean reminder, @Nullable String formPage) {
		Optional<Invitation> found = this.jdbc.sql("""
				select id, contact_id, registration_id, status, subject_title, instrument from monitor_invitation
				where id = ? for update""")
			.param(invitationId)
			.query((row, number) -> new Invitation(row.getObject("id", UUID.class),
					row.getObject("contact_id", UUID.class), row.getObject("registration_id", UUID.class),
					row.getString("status"), row.getString("subject_title"),
					MonitorInstrument.valueOf(row.getString("instrument"))))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Invitation invitation = found.get();
		boolean sendable = reminder ? invitation.status().equals("SENT") : invitation.status().equals("SCHEDULED")
				|| invitation.status().equals("SENT") || invitation.status().equals("REMINDED");
		if (!sendable) {
			return Optional.empty();
		}
		Optional<Recipient> contact = recipientOf(invitation);
		if (contact.isEmpty()) {
			this.jdbc.sql("""
					update monitor_invitation set status = 'NO_CONSENT', contact_id = null, token_hash = null,
					  version = version + 1 where id = ?""").param(invitationId).update();
			return Optional.empty();
		}
		String token = LinkTokens.newToken();
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.validFor);
		this.jdbc.sql("""
				update monitor_invitation set token_hash = :hash, token_expires_at = :expires,
				  status = :status, sent_at = coalesce(case when :reminder then sent_at end, :now),
				  reminded_at = case when :reminder then :now else reminded_at end, version = version + 1
				where id = :id""")
			.param("hash", LinkTokens.hash(token))
			.param("expires", Timestamp.from(expires))
			.param("status", reminder ? "REMINDED" : "SENT")
			.param("reminder", reminder)
			.param("now", Timestamp.from(now))
			.param("id", invitationId)
			.update();
		return Optional.of(new MonitorLink(contact.get().email(), contact.get().name(), invitation.subjectTitle(),
				invitation.instrument(), formPage(formPage) + "?token=" + token,
				LocalDate.ofInstant(expires, AMSTERDAM), reminder));
	}

	/** The werkplaats's own form page, or the platform's. */
	private String formPage(@Nullable String own) {
		return (own != null && !own.isBlank()) ? own.strip() : this.formUrl;
	}

	/**
	 * Who an invitation goes to while they consent: a traject's contact, or a training's
	 * attendee.
	 */
	private Optional<Recipient> recipientOf(Invitation invitation) {
		if (invitation.contactId() != null) {
			return this.contacts.followUpSurveyConsenting(invitation.contactId())
				.map((contact) -> new Recipient(contact.name(), contact.email()));
		}
		if (invitation.registrationId() != null) {
			return this.events.surveyRecipient(invitation.registrationId())
				.map((registration) -> new Recipient(registration.name(), registration.email()));
		}
		return Optional.empty();
	}

	private record Recipient(String name, String email) {
	}

	private record Invitation(UUID id, @Nullable UUID contactId, @Nullable UUID registrationId, String status,
			String subjectTitle, MonitorInstrument instrument) {
	}

	/**
	 * A personal link to a monitor survey, to email.
	 *
	 * @param email the contact's address
	 * @param name the contact's name
	 * @param subjectTitle what the survey is about: the traject's offer or the event
	 * @param instrument which survey
	 * @param url the form with the token
	 * @param expiresOn the last day the link works
	 * @param reminder whether this is the reminder
	 */
	public record MonitorLink(String email, String name, String subjectTitle, MonitorInstrument instrument, String url,
			LocalDate expiresOn, boolean reminder) {
	}

}
