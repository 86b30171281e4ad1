package nl.werkplaatsen.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.event.EventInputs.AttendanceInput;
import nl.werkplaatsen.event.EventInputs.EventCreateInput;
import nl.werkplaatsen.event.EventInputs.EventPayload;
import nl.werkplaatsen.event.EventInputs.EventRegisterInput;
import nl.werkplaatsen.event.EventInputs.EventRegisterPayload;
import nl.werkplaatsen.event.EventInputs.ReachRecordAddInput;
import nl.werkplaatsen.event.EventInputs.ReachRecordPayload;
import nl.werkplaatsen.event.EventInputs.RegistrationPayload;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.PagesPerParent;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.PublicSubmissions;
import nl.werkplaatsen.platform.graphql.PublicSubmissions.Admission;
import nl.werkplaatsen.platform.graphql.PublicSubmissions.Submitter;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * A werkplaats's events (public agenda, staff create them and mark attendance), public
 * registration with consent, and reach records.
 */
@Service
class EventService implements NodeResolver<Event> {

	static final String CONSENT_TEXT_VERSION = "event-2026-09";

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final ReachRecordRepository reach;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final PublicSubmissions publicSubmissions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	EventService(EventRepository events, RegistrationRepository registrations, ReachRecordRepository reach,
			WerkplaatsDirectory werkplaatsen, Tenancy tenancy, PublicSubmissions publicSubmissions, JdbcClient jdbc,
			Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.events = events;
		this.registrations = registrations;
		this.reach = reach;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.publicSubmissions = publicSubmissions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public EventPayload create(EventCreateInput input) {
		UserErrors errors = new UserErrors();
		String title = errors.requiredText("title", input.title(), 200);
		String description = errors.optionalText("description", input.description(), 5000);
		String location = errors.optionalText("location", input.location(), 300);
		if (!input.online() && location == null) {
			errors.add(UserErrorCode.REQUIRED, "location", "Give the location of an event that is not online.");
		}
		if (input.endsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "endsAt", "The event must end after it starts.");
		}
		if (!input.startsAt().toInstant().isAfter(this.clock.instant())) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "startsAt", "Plan the event in the future.");
		}
		errors.range("capacity", input.capacity(), 1, 100_000);
		if (errors.any()) {
			return new EventPayload(null, errors.list());
		}
		return new EventPayload(
				this.events.save(new Event(title, (description != null) ? description : "", input.kind(),
						input.startsAt().toInstant(), (input.endsAt() != null) ? input.endsAt().toInstant() : null,
						input.online(), location, input.capacity())),
				List.of());
	}

	/**
	 * Registers someone for an event: anonymously (rate-limited), by the werkplaats's
	 * frontend client or staff. A closed event refuses first; then the details are
	 * validated, with consent, within capacity, once per email. The public answer to an
	 * address registered already is the same as to a new one (the person is mailed that
	 * they were registered already), so the form tells nobody who signed up; staff are
	 * told.
	 */
	EventRegisterPayload register(EventRegisterInput input, String clientAddress) {
		UserErrors errors = new UserErrors();
		Optional<Event> found = GlobalId.idOf(input.eventId(), "Event").flatMap(this::find);
		if (found.isEmpty()) {
			return new EventRegisterPayload(false, null,
					errors.add(UserErrorCode.NOT_FOUND, "eventId", "No such event.").list());
		}
		Event event = found.get();
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(event.getWerkplaatsId());
		String closed = event.closedForRegistration(werkplaats.active(), this.clock.instant());
		if (closed != null) {
			return new EventRegisterPayload(false, null,
					errors.add(UserErrorCode.INVALID_STATE, "eventId", closed).list());
		}
		Submitter submitter;
		switch (this.publicSubmissions.admit(event.getWerkplaatsId(), clientAddress, input.website(),
				"Only anonymous callers, the werkplaats's frontend client or its staff register for its events")) {
			case Admission.Refused refused -> {
				return new EventRegisterPayload(false, null, refused.userErrors());
			}
			case Admission.Trapped trapped -> {
				return new EventRegisterPayload(true, event, List.of());
			}
			case Admission.Admitted admitted -> submitter = admitted.submitter();
		}
		String name = errors.requiredText("name", input.name(), 200);
		String email = errors.requiredText("email", input.email(), 254);
		if (email != null && !InputFormats.EMAIL.matcher(email).matches()) {
			errors.add(UserErrorCode.INVALID_FORMAT, "email", "Enter an email address like naam@bedrijf.nl.");
		}
		String organisation = errors.optionalText("organisationName", input.organisationName(), 200);
		String kvk = (input.kvkNumber() != null && !input.kvkNumber().isBlank())
				? input.kvkNumber().replaceAll("\\s", "") : null;
		errors.matches("kvkNumber", kvk, InputFormats.KVK_NUMBER, "exactly 8 digits");
		PublicSubmissions.requireConsent(errors, input.consent(),
				"We can only register you with your consent to store and use these details.");
		if (errors.any()) {
			return new EventRegisterPayload(false, null, errors.list());
		}
		return this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.SUBMIT_PUBLICLY, () -> {
			Event locked = this.events.findForRegistration(event.getId()).orElseThrow();
			String stillClosed = locked.closedForRegistration(werkplaats.active(), this.clock.instant());
			if (stillClosed != null) {
				return new EventRegisterPayload(false, null,
						new UserErrors().add(UserErrorCode.INVALID_STATE, "eventId", stillClosed).list());
			}
			// Full before registered already: a full event answers everybody the same.
			if (locked.isFull(this.registrations.countByEventId(locked.getId()))) {
				return new EventRegisterPayload(false, null,
						new UserErrors().add(UserErrorCode.INVALID_STATE, "eventId", "This event is full.").list());
			}
			String normalised = email.toLowerCase(Locale.ROOT);
			Optional<Registration> existing = this.registrations.findFirstByEventIdAndEmailIgnoreCase(locked.getId(),
					normalised);
			if (existing.isPresent() && submitter == Submitter.STAFF) {
				return new EventRegisterPayload(false, null,
						new UserErrors()
							.add(UserErrorCode.TAKEN, "email",
									"This email address is already registered for this event.")
							.list());
			}
			if (existing.isPresent()) {
				// Answered as a new registration; the person learns it from their
				// mailbox.
				this.publisher.publishEvent(
						new EventRegistered(existing.get().getId(), locked.getId(), locked.getWerkplaatsId(), true));
				return new EventRegisterPayload(true, locked, List.of());
			}
			// The registration announces itself (EventRegistered) when it is saved.
			Registration registration = new Registration(locked.getWerkplaatsId(), locked.getId(), name, normalised,
					organisation, kvk, CONSENT_TEXT_VERSION, this.clock.instant());
			if (Boolean.TRUE.equals(input.followUpSurvey())) {
				registration.consentToSurvey(this.clock.instant());
			}
			this.registrations.save(registration);
			return new EventRegisterPayload(true, locked, List.of());
		});
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public RegistrationPayload markAttendance(AttendanceInput input) {
		Registration registration = GlobalId.idOf(input.registrationId(), "Registration")
			.flatMap(this.registrations::findById)
			.orElseThrow(() -> new NotFoundException("No registration with this id in your werkplaats"));
		Event event = this.events.findById(registration.getEventId()).orElseThrow();
		registration.markAttendance(input.attended(),
				java.time.LocalDate.ofInstant((event.getEndsAt() != null) ? event.getEndsAt() : event.getStartsAt(),
						java.time.ZoneId.of("Europe/Amsterdam")));
		return new RegistrationPayload(this.registrations.save(registration), List.of());
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public ReachRecordPayload addReach(ReachRecordAddInput input) {
		UserErrors errors = new UserErrors();
		errors.range("reached", input.reached(), 1, 10_000_000);
		if (input.periodEnd().isBefore(input.periodStart())) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "periodEnd", "The period ends before it starts.");
		}
		String note = errors.optionalText("note", input.note(), 500);
		if (errors.any()) {
			return new ReachRecordPayload(null, errors.list());
		}
		return new ReachRecordPayload(this.reach
			.save(new ReachRecord(input.channel(), input.reached(), input.periodStart(), input.periodEnd(), note)),
				List.of());
	}

	/** A werkplaats's agenda, soonest first; past events too when asked. */
	Connection<Event> agenda(UUID werkplaatsId, boolean includePast, PageRequest page) {
		Instant now = this.clock.instant();
		KeysetCursor after = page.after();
		Instant afterStart = (after != null) ? after.instant(0) : Instant.EPOCH;
		UUID afterId = (after != null) ? after.uuid(1) : new UUID(0, 0);
		return this.tenancy.readNationally(() -> Connection.of(
				this.events.findAgendaPage(werkplaatsId, includePast, now, afterStart, afterId,
						Limit.of(page.limitPlusOne())),
				page, () -> this.events.countAgenda(werkplaatsId, includePast, now),
				(event) -> KeysetCursor.of(event.getStartsAt().toString(), event.getId())));
	}

	/** The next scheduled events of each werkplaats (at most five each), in one query. */
	Map<UUID, List<Event>> upcoming(Collection<UUID> werkplaatsIds) {
		return this.tenancy.readNationally(() -> this.events.findUpcoming(werkplaatsIds, this.clock.instant(), 5))
			.stream()
			.collect(Collectors.groupingBy(Event::getWerkplaatsId));
	}

	/** How many have registered for each event (public: a count, never the people). */
	Map<UUID, Long> registrationCounts(Collection<UUID> eventIds) {
		Map<UUID, Long> counts = new HashMap<>();
		if (eventIds.isEmpty()) {
			return counts;
		}
		String ids = eventIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
		this.jdbc.sql("select event_id, registrations from event_registration_counts(cast(:ids as uuid[]))")
			.param("ids", ids)
			.query((row, index) -> counts.put(row.getObject(1, UUID.class), row.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * The asked page of registrations of each event, in two statements (one if no count
	 * is asked for) for all pages that share a size and cursor (the usual case: the first
	 * page of every event in an agenda); the fields asking checked the caller is its
	 * werkplaats's staff.
	 */
	@Transactional(readOnly = true)
	public Map<RegistrationsPage, Connection<Registration>> registrationPages(Collection<RegistrationsPage> pages) {
		return PagesPerParent.read(pages, RegistrationsPage::eventId, RegistrationsPage::page, (page, eventIds) -> {
			KeysetCursor after = page.after();
			return new PagesPerParent.Rows<>(this.registrations.findFirstPerEvent(eventIds,
					(after != null) ? after.instant(0) : Instant.EPOCH, (after != null) ? after.uuid(1)
							: new UUID(0, 0),
					page.limitPlusOne()),
					page.countWanted() ? this.registrations.countPerEvent(eventIds)
						.stream()
						.collect(Collectors.toMap(RegistrationRepository.RegistrationCount::getEventId,
								RegistrationRepository.RegistrationCount::getRegistrations))
							: Map.of());
		}, Registration::getEventId,
				(registration) -> KeysetCursor.of(registration.getRegisteredAt().toString(), registration.getId()));
	}

	/**
	 * A page of one event's registrations asked for.
	 *
	 * @param eventId the event
	 * @param page the page
	 */
	public record RegistrationsPage(UUID eventId, PageRequest page) {
	}

	/**
	 * One page of an event's registrations, for its werkplaats's staff; refused for
	 * others.
	 */
	@Transactional(readOnly = true)
	public Connection<Registration> registrationsOf(Event event, PageRequest page) {
		if (!Actor.current().hasTeamRoleIn(event.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the werkplaats's admins and coordinators see who registered");
		}
		KeysetCursor after = page.after();
		return Connection.of(
				this.registrations.findPage(event.getId(), (after != null) ? after.instant(0) : Instant.EPOCH,
						(after != null) ? after.uuid(1) : new UUID(0, 0), Limit.of(page.limitPlusOne())),
				page, () -> this.registrations.countByEventId(event.getId()),
				(registration) -> KeysetCursor.of(registration.getRegisteredAt().toString(), registration.getId()));
	}

	/** One page of the caller's werkplaats's reach records, newest period first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional(readOnly = true)
	public Connection<ReachRecord> reachRecords(PageRequest page) {
		UUID werkplaatsId = Actor.current().werkplaatsId().orElseThrow();
		KeysetCursor after = page.after();
		return Connection.of(
				this.reach.findPage(werkplaatsId, page.dateBefore(0), page.idBefore(1), Limit.of(page.limitPlusOne())),
				page, () -> this.reach.countByWerkplaatsId(werkplaatsId),
				(record) -> KeysetCursor.of(record.getPeriodStart().toString(), record.getId()));
	}

	@Override
	public Optional<Event> find(UUID id) {
		return this.tenancy.readNationally(() -> this.events.findById(id));
	}

	@Override
	public String typeName() {
		return "Event";
	}

}
