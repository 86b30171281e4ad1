package nl.werkplaatsen.monitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.event.AttendeePresent;
import nl.werkplaatsen.event.Events;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.ContactErased;
import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.organisation.Contacts.ContactCard;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.traject.TrajectCompleted;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The 1-meting's invitations: scheduled when a traject is completed (at completion plus
 * {@code werkplaats.monitor.one-measurement-after}, six months by default) for the
 * contact who consented, made due by an hourly job once across replicas (ShedLock) or by
 * staff at once, reminded once after {@code werkplaats.monitor.reminder-after}, and
 * expired with their link.
 */
@Service
class MonitorInvitations {

	private static final Logger logger = LoggerFactory.getLogger(MonitorInvitations.class);

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Contacts contacts;

	private final OfferCatalogue offers;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final ApplicationEventPublisher publisher;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Period after;

	private final Duration reminderAfter;

	private final Events events;

	MonitorInvitations(JdbcClient jdbc, Contacts contacts, OfferCatalogue offers, WerkplaatsDirectory werkplaatsen,
			Events events, Tenancy tenancy, ApplicationEventPublisher publisher, MeterRegistry meters, Clock clock,
			@Value("${werkplaats.monitor.one-measurement-after:P6M}") Period after,
			@Value("${werkplaats.monitor.reminder-after:14d}") Duration reminderAfter) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.offers = offers;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.events = events;
		this.publisher = publisher;
		this.meters = meters;
		this.clock = clock;
		this.after = after;
		this.reminderAfter = reminderAfter;
	}

	/**
	 * Schedules the 1-meting of a completed traject for its organisation's contact who
	 * consented to it, or records that nobody did; acting for the traject's werkplaats.
	 */
	@ApplicationModuleListener
	void scheduleOneMeasurement(TrajectCompleted completed) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(completed.werkplaatsId());
		this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM, () -> {
			Optional<ContactCard> contact = this.contacts.followUpSurveyContact(completed.organisationId());
			String title = this.offers.titleOf(completed.offerId()).orElse("uw traject");
			LocalDate due = LocalDate.ofInstant(completed.completedAt(), AMSTERDAM).plus(this.after);
			return this.jdbc.sql("""
					insert into monitor_invitation (id, werkplaats_id, instrument, traject_id, organisation_id,
					  contact_id, subject_title, status, due_on, completed_on)
					values (:id, :werkplaats, 'ONE_MEASUREMENT', :traject, :organisation, :contact, :title, :status,
					  :due, :completed)
					on conflict (werkplaats_id, traject_id, instrument) where traject_id is not null do nothing""")
				.param("id", UUID.randomUUID())
				.param("werkplaats", werkplaats.id())
				.param("traject", completed.trajectId())
				.param("organisation", completed.organisationId())
				.param("contact", contact.map(ContactCard::id).orElse(null))
				.param("title", title)
				.param("status", contact.isPresent() ? "SCHEDULED" : "NO_CONSENT")
				.param("due", due)
				.param("completed", LocalDate.ofInstant(completed.completedAt(), AMSTERDAM))
				.update();
		});
	}

	/**
	 * Schedules the impact matrix for an attendee who consented to it, for the day after
	 * the training; acting for the event's werkplaats.
	 */
	@ApplicationModuleListener
	void scheduleImpactMatrix(AttendeePresent present) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(present.werkplaatsId());
		this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM, () -> {
			String title = this.events.surveyRecipient(present.registrationId())
				.map(Events.RegistrationSummary::eventTitle)
				.orElse("de bijeenkomst");
			return this.jdbc.sql("""
					insert into monitor_invitation (id, werkplaats_id, instrument, event_id, registration_id,
					  subject_title, status, due_on)
					values (:id, :werkplaats, 'IMPACT_MATRIX', :event, :registration, :title, 'SCHEDULED', :due)
					on conflict (werkplaats_id, registration_id, instrument) where registration_id is not null
					do nothing""")
				.param("id", UUID.randomUUID())
				.param("werkplaats", werkplaats.id())
				.param("event", present.eventId())
				.param("registration", present.registrationId())
				.param("title", title)
				.param("due", present.eventDay().plusDays(1))
				.update();
		});
	}

	/**
	 * A contact withdrew their consent: their invitations forget them and send nothing
	 * more, the links stop working; answers already given stay, without a contact.
	 */
	@ApplicationModuleListener
	void forget(ContactErased erased) {
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(erased.werkplaatsId());
		this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM, () -> this.jdbc.sql("""
				update monitor_invitation set contact_id = null, token_hash = null, version = version + 1,
				  status = case when status = 'ANSWERED' then status else 'NO_CONSENT' end
				where contact_id = ?""").param(erased.contactId()).update());
	}

	@Scheduled(cron = "${werkplaats.monitor.send-cron:0 7 * * * *}")
	@SchedulerLock(name = "monitor-invitations", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void sendDueInvitations() {
		sendDueNow();
	}

	/**
	 * Expires the links past their time, and makes due what is due now — invitations
	 * whose day came, reminders of unanswered ones — each werkplaats in its own
	 * transaction acting for it; returns how many were made due.
	 */
	int sendDueNow() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, AMSTERDAM);
		int due = 0;
		for (WerkplaatsCard werkplaats : this.werkplaatsen.allActive()) {
			due += this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM, () -> {
				this.jdbc.sql("""
						update monitor_invitation set status = 'EXPIRED', version = version + 1
						where status in ('SENT', 'REMINDED') and token_expires_at < :now""")
					.param("now", Timestamp.from(now))
					.update();
				List<UUID> first = this.jdbc
					.sql("select id from monitor_invitation where status = 'SCHEDULED' and due_on <= :today")
					.param("today", today)
					.query(UUID.class)
					.list();
				List<UUID> reminders = this.jdbc.sql("""
						select id from monitor_invitation
						where status = 'SENT' and sent_at <= :remindFrom and token_expires_at > :now""")
					.param("remindFrom", Timestamp.from(now.minus(this.reminderAfter)))
					.param("now", Timestamp.from(now))
					.query(UUID.class)
					.list();
				first
					.forEach((id) -> this.publisher.publishEvent(new MonitorInvitationDue(id, werkplaats.id(), false)));
				reminders
					.forEach((id) -> this.publisher.publishEvent(new MonitorInvitationDue(id, werkplaats.id(), true)));
				return first.size() + reminders.size();
			});
		}
		this.meters.counter("werkplaats.jobs.runs", "job", "monitor-invitations").increment();
		logger.info("Made {} monitor invitations due", due);
		return due;
	}

	/**
	 * Sends a traject's 1-meting now, with a new link (staff): for a completed traject
	 * whose contact consented and that was not answered yet.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	SendPayload sendNow(String trajectId) {
		UserErrors errors = new UserErrors();
		Optional<UUID> traject = GlobalId.idOf(trajectId, "Traject");
		Optional<State> state = traject.flatMap(this::stateOf);
		if (state.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "trajectId",
					"This traject has no 1-meting: it is not (yet) completed in your werkplaats.");
			return new SendPayload(null, errors.list());
		}
		switch (state.get().status()) {
			case "NO_CONSENT" -> errors.add(UserErrorCode.CONSENT_REQUIRED, "trajectId",
					"The organisation's contact did not consent to the follow-up survey; record a response"
							+ " given by phone or on paper instead.");
			case "ANSWERED" -> errors.add(UserErrorCode.INVALID_STATE, "trajectId",
					"The 1-meting of this traject was answered already.");
			default -> {
			}
		}
		if (errors.any()) {
			return new SendPayload(state.get(), errors.list());
		}
		this.jdbc.sql("""
				update monitor_invitation set status = case when status = 'EXPIRED' then 'SCHEDULED' else status end,
				  due_on = least(due_on, :today), version = version + 1 where id = :id""")
			.param("today", LocalDate.now(this.clock.withZone(AMSTERDAM)))
			.param("id", state.get().invitationId())
			.update();
		UUID werkplaats = this.jdbc.sql("select werkplaats_id from monitor_invitation where id = ?")
			.param(state.get().invitationId())
			.query(UUID.class)
			.single();
		this.publisher.publishEvent(new MonitorInvitationDue(state.get().invitationId(), werkplaats, false));
		return new SendPayload(state.get(), List.of());
	}

	/** The 1-meting's state for a traject of the current werkplaats, if it has one. */
	@Transactional(readOnly = true)
	Optional<State> stateOf(UUID trajectId) {
		return this.jdbc.sql("""
				select id, status, due_on, sent_at, reminded_at, answered_at from monitor_invitation
				where traject_id = ? and instrument = 'ONE_MEASUREMENT'""")
			.param(trajectId)
			.query((row, number) -> new State(row.getObject("id", UUID.class), row.getString("status"),
					row.getObject("due_on", LocalDate.class), instant(row.getTimestamp("sent_at")),
					instant(row.getTimestamp("reminded_at")), instant(row.getTimestamp("answered_at"))))
			.optional();
	}

	/**
	 * The 1-meting's state for each of these trajecten that has one, in one statement.
	 */
	@Transactional(readOnly = true)
	java.util.Map<UUID, State> statesOf(java.util.Collection<UUID> trajectIds) {
		java.util.Map<UUID, State> states = new java.util.HashMap<>();
		this.jdbc.sql("""
				select id, traject_id, status, due_on, sent_at, reminded_at, answered_at from monitor_invitation
				where traject_id = any(:ids) and instrument = 'ONE_MEASUREMENT'""")
			.param("ids", trajectIds.toArray(UUID[]::new))
			.query((row) -> {
				states.put(row.getObject("traject_id", UUID.class),
						new State(row.getObject("id", UUID.class), row.getString("status"),
								row.getObject("due_on", LocalDate.class), instant(row.getTimestamp("sent_at")),
								instant(row.getTimestamp("reminded_at")), instant(row.getTimestamp("answered_at"))));
			});
		return states;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Where a traject's 1-meting stands.
	 *
	 * @param invitationId the invitation
	 * @param status SCHEDULED, SENT, REMINDED, ANSWERED, EXPIRED or NO_CONSENT
	 * @param dueOn the day it is (or was) due
	 * @param sentAt when the link was sent last
	 * @param remindedAt when the reminder was sent
	 * @param answeredAt when it was answered
	 */
	record State(UUID invitationId, String status, LocalDate dueOn, @Nullable Instant sentAt,
			@Nullable Instant remindedAt, @Nullable Instant answeredAt) {
	}

	/**
	 * The result of sending a 1-meting now.
	 *
	 * @param monitor the 1-meting's state; null when the traject has none
	 * @param userErrors what was wrong
	 */
	record SendPayload(@Nullable State monitor, List<UserError> userErrors) {
	}

}
