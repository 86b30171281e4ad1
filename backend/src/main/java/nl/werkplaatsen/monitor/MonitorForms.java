package nl.werkplaatsen.monitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.LinkTokens;
import nl.werkplaatsen.monitor.Answers.AnswerInput;
import nl.werkplaatsen.monitor.Answers.ValidAnswer;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.organisation.OrganisationNode;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.PublicSubmissions;
import nl.werkplaatsen.platform.graphql.PublicSubmissions.Admission;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The monitor's forms: what a personal link shows (the werkplaats, what the survey is
 * about, the instrument version and its questions), and the responses — through the link
 * without a login, or recorded by staff from a phone call or paper.
 */
@Service
class MonitorForms {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Instruments instruments;

	private final OrganisationRegister register;

	private final WerkplaatsDirectory werkplaatsen;

	private final PublicSubmissions publicSubmissions;

	private final Tenancy tenancy;

	private final Clock clock;

	MonitorForms(JdbcClient jdbc, Instruments instruments, OrganisationRegister register,
			WerkplaatsDirectory werkplaatsen, PublicSubmissions publicSubmissions, Tenancy tenancy, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.register = register;
		this.werkplaatsen = werkplaatsen;
		this.publicSubmissions = publicSubmissions;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/** The form a live personal link opens; empty for any link that cannot be used. */
	Optional<Form> form(String token) {
		return open(token).filter((link) -> link.problem() == null).map(Link::form);
	}

	/**
	 * Stores the answers given through a personal link and uses the link up; nothing is
	 * stored while anything is wrong.
	 */
	SubmitPayload submit(String token, List<AnswerInput> answers, String clientAddress) {
		Optional<Link> opened = open(token);
		if (opened.isEmpty() || opened.get().problem() != null) {
			UserErrorCode problem = opened.map(Link::problem).orElse(UserErrorCode.LINK_INVALID);
			return SubmitPayload
				.refused(new UserErrors().add(Objects.requireNonNull(problem), "token", switch (problem) {
					case LINK_EXPIRED -> "This link has expired; ask the werkplaats for a new one.";
					case LINK_USED -> "This link was used already: your answers are in. Thank you!";
					default -> "This link is not known (any more); use the link of the newest email.";
				}).list());
		}
		Link link = opened.get();
		WerkplaatsCard werkplaats = link.werkplaats();
		switch (this.publicSubmissions.admit(werkplaats.id(), clientAddress, null,
				"Only the person the link was sent to answers it")) {
			case Admission.Refused refused -> {
				return SubmitPayload.refused(refused.userErrors());
			}
			case Admission.Trapped trapped -> {
				return new SubmitPayload(false, List.of());
			}
			case Admission.Admitted admitted -> {
			}
		}
		UserErrors errors = new UserErrors();
		List<ValidAnswer> valid = Answers.validate(link.form().version(), answers, errors);
		if (errors.any()) {
			return SubmitPayload.refused(errors.list());
		}
		boolean stored = this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.SUBMIT_PUBLICLY,
				() -> store(link.invitationId(), link.form().version(), valid, "FORM",
						LocalDate.now(this.clock.withZone(AMSTERDAM)), null));
		return stored ? new SubmitPayload(true, List.of())
				: SubmitPayload.refused(new UserErrors()
					.add(UserErrorCode.LINK_USED, "token", "This link was used already: your answers are in.")
					.list());
	}

	/**
	 * Records a traject's 1-meting answered by phone or on paper (staff), marked with its
	 * channel; the personal link, if one was sent, is used up.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	SubmitPayload record(String trajectId, String channel, @Nullable LocalDate answeredOn, List<AnswerInput> answers) {
		UserErrors errors = new UserErrors();
		Optional<Invitation> invitation = GlobalId.idOf(trajectId, "Traject")
			.flatMap((traject) -> this.jdbc.sql(
					"select id, status from monitor_invitation where traject_id = ? and instrument = 'ONE_MEASUREMENT'")
				.param(traject)
				.query((row, number) -> new Invitation(row.getObject("id", UUID.class), row.getString("status")))
				.optional());
		if (invitation.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "trajectId",
					"This traject has no 1-meting: it is not (yet) completed in your werkplaats.");
			return SubmitPayload.refused(errors.list());
		}
		if (invitation.get().status().equals("ANSWERED")) {
			errors.add(UserErrorCode.INVALID_STATE, "trajectId", "The 1-meting of this traject was answered already.");
			return SubmitPayload.refused(errors.list());
		}
		LocalDate today = LocalDate.now(this.clock.withZone(AMSTERDAM));
		if (answeredOn != null && answeredOn.isAfter(today)) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "answeredOn", "The day it was answered cannot lie ahead.");
		}
		UUID werkplaatsId = Actor.current().werkplaatsId().orElseThrow();
		InstrumentVersion version = this.instruments.currentFor(MonitorInstrument.ONE_MEASUREMENT, werkplaatsId);
		List<ValidAnswer> valid = Answers.validate(version, answers, errors);
		if (errors.any()) {
			return SubmitPayload.refused(errors.list());
		}
		store(invitation.get().id(), version, valid, channel, (answeredOn != null) ? answeredOn : today,
				Actor.current().subject());
		return new SubmitPayload(true, List.of());
	}

	/**
	 * Stores a response to an invitation and marks it answered, in the invitation's
	 * werkplaats's transaction; false when it was answered meanwhile.
	 */
	private boolean store(UUID invitationId, InstrumentVersion version, List<ValidAnswer> answers, String channel,
			LocalDate answeredOn, @Nullable String recordedBy) {
		Instant now = this.clock.instant();
		Optional<InvitationRow> claimed = this.jdbc.sql("""
				update monitor_invitation set status = 'ANSWERED', answered_at = :now, version = version + 1
				where id = :id and status <> 'ANSWERED'
				returning werkplaats_id, traject_id, event_id, organisation_id""")
			.param("now", Timestamp.from(now))
			.param("id", invitationId)
			.query((row, number) -> new InvitationRow(row.getObject("werkplaats_id", UUID.class),
					row.getObject("traject_id", UUID.class), row.getObject("event_id", UUID.class),
					row.getObject("organisation_id", UUID.class)))
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		InvitationRow invitation = claimed.get();
		String kvk = (invitation.organisationId() != null) ? Optional
			.ofNullable(this.register.nodes(List.of(invitation.organisationId())).get(invitation.organisationId()))
			.map(OrganisationNode::getKvkNumber)
			.orElse(null) : null;
		UUID response = UUID.randomUUID();
		this.jdbc.sql("""
				insert into monitor_response (id, werkplaats_id, invitation_id, instrument, version_key, national_key,
				  traject_id, event_id, organisation_id, kvk_number, channel, answered_on, recorded_by)
				values (:id, :werkplaats, :invitation, :instrument, :versionKey, :nationalKey, :traject, :event,
				  :organisation, :kvk, :channel, :answeredOn, :recordedBy)""")
			.param("id", response)
			.param("werkplaats", invitation.werkplaatsId())
			.param("invitation", invitationId)
			.param("instrument", version.instrument().name())
			.param("versionKey", version.key())
			.param("nationalKey", version.nationalKey())
			.param("traject", invitation.trajectId())
			.param("event", invitation.eventId())
			.param("organisation", invitation.organisationId())
			.param("kvk", kvk)
			.param("channel", channel)
			.param("answeredOn", answeredOn)
			.param("recordedBy", recordedBy)
			.update();
		for (ValidAnswer answer : answers) {
			this.jdbc
				.sql("""
						insert into monitor_answer (id, werkplaats_id, response_id, question_key, national, answer_values, text)
						values (gen_random_uuid(), :werkplaats, :response, :question, :national,
						  cast(:values as varchar(50)[]), :text)""")
				.param("werkplaats", invitation.werkplaatsId())
				.param("response", response)
				.param("question", answer.question())
				.param("national", answer.national())
				.param("values", answer.values().toArray(String[]::new))
				.param("text", answer.text())
				.update();
		}
		return true;
	}

	/**
	 * What a token opens, read in its werkplaats's transaction, or empty when unknown.
	 */
	private Optional<Link> open(String token) {
		byte[] hash = LinkTokens.hash(token.strip());
		UUID werkplaatsId = this.jdbc.sql("select monitor_invitation_werkplaats(?)")
			.param(hash)
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (werkplaatsId == null) {
			return Optional.empty();
		}
		WerkplaatsCard werkplaats = this.werkplaatsen.referencedBy(werkplaatsId);
		Instant now = this.clock.instant();
		return this.tenancy.readFor(werkplaats.id(), werkplaats.slug(), Permission.SUBMIT_PUBLICLY,
				() -> this.jdbc.sql("""
						select id, instrument, status, subject_title, token_expires_at from monitor_invitation
						where token_hash = ?""").param(hash).query((row, number) -> {
					String status = row.getString("status");
					UserErrorCode problem = switch (status) {
						case "ANSWERED" -> UserErrorCode.LINK_USED;
						case "SENT", "REMINDED" -> row.getTimestamp("token_expires_at").toInstant().isAfter(now) ? null
								: UserErrorCode.LINK_EXPIRED;
						case "EXPIRED" -> UserErrorCode.LINK_EXPIRED;
						default -> UserErrorCode.LINK_INVALID;
					};
					MonitorInstrument instrument = MonitorInstrument.valueOf(row.getString("instrument"));
					String title = row.getString("subject_title");
					InstrumentVersion version = this.instruments.currentFor(instrument, werkplaats.id());
					return new Link(row.getObject("id", UUID.class), werkplaats, problem,
							new Form(werkplaats, title, filledIn(version, werkplaats, instrument, title)));
				}).optional());
	}

	/** The version with its placeholders filled in for this werkplaats and subject. */
	private static InstrumentVersion filledIn(InstrumentVersion version, WerkplaatsCard werkplaats,
			MonitorInstrument instrument, String title) {
		String activity = (instrument == MonitorInstrument.IMPACT_MATRIX) ? "uw deelname aan " + title
				: "het traject " + title;
		return new InstrumentVersion(version.id(), version.key(), version.instrument(), version.version(),
				version.title(), version.werkplaatsId(), version.nationalKey(), version.succeeded(),
				version.questions()
					.stream()
					.map((question) -> new Question(question.key(),
							question.text()
								.replace("[naam werkplaats]", werkplaats.name())
								.replace("[deelname/activiteit]", activity),
							question.kind(), question.required(), question.group(), question.category(),
							question.options(), question.national()))
					.toList());
	}

	private record Invitation(UUID id, String status) {
	}

	private record InvitationRow(UUID werkplaatsId, @Nullable UUID trajectId, @Nullable UUID eventId,
			@Nullable UUID organisationId) {
	}

	private record Link(UUID invitationId, WerkplaatsCard werkplaats, @Nullable UserErrorCode problem, Form form) {
	}

	/**
	 * What a personal link shows.
	 *
	 * @param werkplaats the werkplaats asking, with its branding
	 * @param subjectTitle what the survey is about: the traject's offer or the event
	 * @param version the instrument version with its questions, placeholders filled in
	 */
	record Form(WerkplaatsCard werkplaats, String subjectTitle, InstrumentVersion version) {
	}

	/**
	 * The result of answering a survey.
	 *
	 * @param answered whether the answers were stored
	 * @param userErrors what was wrong; nothing is stored then
	 */
	record SubmitPayload(boolean answered, List<UserError> userErrors) {

		static SubmitPayload refused(List<UserError> errors) {
			return new SubmitPayload(false, errors);
		}

	}

}
