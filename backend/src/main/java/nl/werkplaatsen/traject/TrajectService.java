package nl.werkplaatsen.traject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.education.AcademicCalendar;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.EntityRows;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.graphql.WhereClause;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.traject.TrajectIntakes.TrajectIntake;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.traject.TrajectInputs.DeliverableAddInput;
import nl.werkplaatsen.traject.TrajectInputs.TeamMemberInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCancelInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCompleteInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCreateInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectDeliverInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectFilter;
import nl.werkplaatsen.traject.TrajectInputs.TrajectPayload;
import nl.werkplaatsen.traject.TrajectInputs.TrajectStartInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectTeamSetInput;

/**
 * Trajecten of a werkplaats: created from an open intake and an offer by its admins and
 * coordinators, then started, delivered and completed (or cancelled), each step guarded.
 */
@Service
class TrajectService implements NodeResolver<Traject> {

	/** Dates (started, delivered) default to today in the Netherlands. */
	private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

	private final TrajectRepository trajecten;

	private final DeliverableRepository deliverables;

	private final TrajectIntakes intakes;

	private final OfferCatalogue offers;

	private final Tenancy tenancy;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final Clock clock;

	private final TrajectMemberRepository members;

	private final Students students;

	private final TeamDirectory teams;

	private final AcademicCalendar calendar;

	TrajectService(TrajectRepository trajecten, DeliverableRepository deliverables, TrajectIntakes intakes,
			OfferCatalogue offers, Tenancy tenancy, JdbcClient jdbc, Clock clock, TrajectMemberRepository members,
			Students students, TeamDirectory teams, AcademicCalendar calendar, EntityManager entityManager) {
		this.calendar = calendar;
		this.members = members;
		this.students = students;
		this.teams = teams;
		this.trajecten = trajecten;
		this.deliverables = deliverables;
		this.intakes = intakes;
		this.offers = offers;
		this.tenancy = tenancy;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload create(TrajectCreateInput input) {
		UserErrors errors = new UserErrors();
		Optional<TrajectIntake> intake = GlobalId.idOf(input.intakeId(), "Intake").flatMap(this.intakes::findOwn);
		Optional<MatchableOffer> offer = GlobalId.idOf(input.offerId(), "Offer").flatMap(this.offers::findOwn);
		if (intake.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "intakeId", "No intake with this id in your werkplaats.");
		}
		else if (!intake.get().open()) {
			errors.add(UserErrorCode.INVALID_STATE, "intakeId",
					"The intake is " + intake.get().status() + "; only a NEW or IN_REVIEW intake can be matched.");
		}
		// The intake turns MATCHED in reaction, after this commits: until then the
		// traject itself says it was matched.
		else if (this.trajecten.existsByIntakeIdAndStatusNot(intake.get().id(), TrajectStatus.CANCELLED)) {
			errors.add(UserErrorCode.INVALID_STATE, "intakeId", "The intake has a traject already.");
		}
		if (offer.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "offerId", "No offer with this id on your menu.");
		}
		if (input.plannedStart() != null && input.plannedEnd() != null
				&& input.plannedEnd().isBefore(input.plannedStart())) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "plannedEnd", "The planned end lies before the planned start.");
		}
		if (errors.any()) {
			return TrajectPayload.rejected(errors.list());
		}
		Instant now = this.clock.instant();
		Actor.ActingWerkplaats werkplaats = java.util.Objects.requireNonNull(Actor.current().werkplaats());
		Traject traject = new Traject(werkplaats.id(), werkplaats.slug(), intake.get().id(), offer.get().id(),
				intake.get().organisationId(), periodOf(input, intake.get()), input.plannedStart(), input.plannedEnd(),
				now);
		// The intake module closes the intake as matched when this commits
		// (TrajectCreated).
		return TrajectPayload.of(this.trajecten.save(traject));
	}

	/**
	 * The period given, else the intake's wanted period, else the one the planned start
	 * falls in.
	 */
	private @Nullable AcademicPeriod periodOf(TrajectCreateInput input, TrajectIntake intake) {
		if (input.academicPeriod() != null) {
			return input.academicPeriod();
		}
		if (intake.wantedPeriod() != null) {
			return intake.wantedPeriod();
		}
		return (input.plannedStart() != null) ? this.calendar.periodOn(input.plannedStart()).orElse(null) : null;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload start(TrajectStartInput input) {
		return transition(input.id(), input.expectedVersion(), (traject) -> () -> traject
			.start((input.startedOn() != null) ? input.startedOn() : today(), this.clock.instant()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload deliver(TrajectDeliverInput input) {
		return transition(input.id(), input.expectedVersion(), (traject) -> () -> traject
			.deliver((input.deliveredOn() != null) ? input.deliveredOn() : today(), this.clock.instant()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload complete(TrajectCompleteInput input) {
		return transition(input.id(), input.expectedVersion(),
				(traject) -> () -> traject.complete(this.clock.instant()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload cancel(TrajectCancelInput input) {
		UserErrors errors = new UserErrors();
		String reason = errors.requiredText("reason", input.reason(), 500);
		if (errors.any()) {
			return TrajectPayload.rejected(errors.list());
		}
		return transition(input.id(), input.expectedVersion(),
				(traject) -> () -> traject.cancel(reason, this.clock.instant()));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload addDeliverable(DeliverableAddInput input) {
		Traject traject = own(input.trajectId());
		UserErrors errors = new UserErrors();
		String title = errors.requiredText("title", input.title(), 200);
		String link = errors.optionalText("link", input.link(), 2000);
		errors.httpUrl("link", link);
		if (traject.getStatus() == TrajectStatus.CANCELLED) {
			errors.add(UserErrorCode.INVALID_STATE, "trajectId", "A cancelled traject takes no deliverables.");
		}
		if (errors.any()) {
			return TrajectPayload.rejected(errors.list());
		}
		this.deliverables.save(new Deliverable(traject.getId(), input.kind(), title, link,
				(input.deliveredOn() != null) ? input.deliveredOn() : today()));
		traject.touch(this.clock.instant());
		return TrajectPayload.of(this.trajecten.save(traject));
	}

	/**
	 * Replaces a traject's team: students within their load, teachers and experts of the
	 * team.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public TrajectPayload setTeam(TrajectTeamSetInput input) {
		Traject traject = own(input.trajectId());
		UserErrors errors = new UserErrors();
		errors.expectedVersion("traject", input.expectedVersion(), traject.getVersion());
		java.util.Set<UUID> alreadyOnIt = this.members.findTeams(List.of(traject.getId()))
			.stream()
			.map(TrajectMember::getStudentId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<UUID, Long> load = this.members.countActivePerStudent()
			.stream()
			.collect(Collectors.toMap(TrajectMemberRepository.StudentLoad::getStudentId,
					TrajectMemberRepository.StudentLoad::getActive));
		List<TrajectMember> team = new java.util.ArrayList<>();
		for (int i = 0; i < input.members().size(); i++) {
			TeamMemberInput member = input.members().get(i);
			String at = "members." + i;
			java.math.BigDecimal hours = (member.hours() != null)
					? java.math.BigDecimal.valueOf(member.hours()).setScale(1, java.math.RoundingMode.HALF_UP) : null;
			if (member.hours() != null && (member.hours() < 0 || member.hours() > 2000)) {
				errors.add(UserErrorCode.OUT_OF_RANGE, at + ".hours", "Hours lie between 0 and 2000.");
			}
			if (member.role() == TeamRoleOnTraject.STUDENT) {
				Optional<MatchableStudent> student = Optional.ofNullable(member.studentId())
					.flatMap((id) -> GlobalId.idOf(id, "Student"))
					.flatMap(this.students::findOwn);
				if (student.isEmpty()) {
					errors.add(UserErrorCode.NOT_FOUND, at + ".studentId", "No such student in your werkplaats.");
					continue;
				}
				long active = load.getOrDefault(student.get().id(), 0L)
						- (alreadyOnIt.contains(student.get().id()) && traject.getStatus().isActive() ? 1 : 0);
				if (traject.getStatus().isActive() && active >= student.get().maxConcurrentTrajecten()) {
					errors.add(UserErrorCode.INVALID_STATE, at + ".studentId", student.get().name() + " is already on "
							+ active + " trajecten, the most they take on at once.");
					continue;
				}
				team.add(new TrajectMember(traject.getId(), student.get().id(), null, member.role(), hours));
			}
			else {
				TeamRole wanted = (member.role() == TeamRoleOnTraject.TEACHER) ? TeamRole.TEACHER : TeamRole.EXPERT;
				Optional<UUID> membership = Optional.ofNullable(member.teamMemberId())
					.flatMap((id) -> GlobalId.idOf(id, "TeamMember"))
					.flatMap(this.teams::findOwnTeamMember)
					.filter((found) -> found.role() == wanted)
					.map(TeamMember::id);
				if (membership.isEmpty()) {
					errors.add(UserErrorCode.NOT_FOUND, at + ".teamMemberId",
							"No " + wanted.name().toLowerCase(java.util.Locale.ROOT) + " with this id in your team.");
					continue;
				}
				team.add(new TrajectMember(traject.getId(), null, membership.get(), member.role(), hours));
			}
		}
		if (errors.any()) {
			return TrajectPayload.rejected(errors.list());
		}
		this.members.deleteTeamOf(traject.getId());
		team.forEach(this.members::save);
		traject.touch(this.clock.instant());
		return TrajectPayload.of(this.trajecten.save(traject));
	}

	/** The teams of these trajecten, per traject. */
	Map<UUID, List<TrajectMember>> teamsOf(List<UUID> trajectIds) {
		return this.tenancy.readNationally(() -> this.members.findTeams(trajectIds))
			.stream()
			.collect(Collectors.groupingBy(TrajectMember::getTrajectId));
	}

	/** Whether the caller (a student, teacher or expert) is on this traject's team. */
	private boolean callerIsOnTeam(UUID trajectId) {
		return Boolean.TRUE.equals(this.jdbc.sql(ON_TEAM + " and m.traject_id = :traject)")
			.param("traject", trajectId)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Team membership of the current subject, directly or as a linked student, through
	 * the read models the team and education modules provide.
	 */
	private static final String ON_TEAM = """
			select exists (select 1 from traject_member m where (m.membership_id in
			  (select membership_id from current_subject_membership)
			  or m.student_id in (select student_id from current_subject_student))""";

	private TrajectPayload transition(String id, @Nullable Integer expectedVersion, Function<Traject, Runnable> step) {
		Traject traject = own(id);
		UserErrors errors = new UserErrors();
		if (!errors.expectedVersion("traject", expectedVersion, traject.getVersion())) {
			return TrajectPayload.rejected(errors.list());
		}
		try {
			step.apply(traject).run();
		}
		catch (IllegalTrajectTransition ex) {
			return TrajectPayload.rejected(errors.add(UserErrorCode.INVALID_STATE, "id", ex.getMessage() + ".").list());
		}
		return TrajectPayload.of(this.trajecten.save(traject));
	}

	private Traject own(String globalId) {
		// The session is filtered to the caller's werkplaats: another werkplaats's
		// traject
		// is not found.
		return GlobalId.idOf(globalId, "Traject")
			.flatMap(this.trajecten::findById)
			.orElseThrow(() -> new NotFoundException("No traject with this id in your werkplaats"));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), NETHERLANDS);
	}

	/**
	 * The trajecten of the caller's werkplaats, newest first: all for admins and
	 * coordinators, those they are on for students, teachers and experts.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'STUDENT', 'TEACHER', 'EXPERT')")
	@Transactional(readOnly = true)
	public Connection<Traject> list(@Nullable TrajectFilter filter, PageRequest page) {
		Actor actor = Actor.current();
		UUID werkplaatsId = actor.werkplaatsId().orElseThrow();
		boolean onlyMine = !actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN, TeamRole.COORDINATOR);
		String statuses = (filter != null && filter.statuses() != null && !filter.statuses().isEmpty())
				? filter.statuses().stream().map(Enum::name).collect(Collectors.joining(",")) : null;
		WhereClause where = new WhereClause().and("werkplaats_id = :werkplaats", "werkplaats", werkplaatsId)
			.andIfGiven("status = any(string_to_array(cast(:statuses as text), ','))", "statuses", statuses)
			.andIfGiven("(stale_since is not null) = cast(:stale as boolean)", "stale",
					(filter != null) ? filter.stale() : null);
		if (onlyMine) {
			where.and("""
					exists (select 1 from traject_member m where m.traject_id = traject.id
					  and (m.membership_id in (select membership_id from current_subject_membership)
					  or m.student_id in (select student_id from current_subject_student)))""");
		}
		Long total = page.count(() -> this.jdbc.sql("select count(*) from traject " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single());
		WhereClause.Paged paged = where.newestFirst(page);
		List<Traject> rows = EntityRows.query(this.entityManager, Traject.class, "select * from traject " + paged.sql(),
				paged.params());
		return Connection.of(rows, page, total,
				(traject) -> KeysetCursor.of(traject.getCreatedAt().toString(), traject.getId()));
	}

	/** The deliverables of these trajecten, per traject, as the caller may see them. */
	Map<UUID, List<Deliverable>> deliverablesOf(List<UUID> trajectIds) {
		Supplier<List<Deliverable>> read = () -> this.deliverables.findByTrajectIds(trajectIds);
		return this.tenancy.readNationally(read).stream().collect(Collectors.groupingBy(Deliverable::getTrajectId));
	}

	@Override
	public Optional<Traject> find(UUID id) {
		Actor actor = Actor.current();
		return this.tenancy.readNationally(() -> this.trajecten.findById(id)
			.filter((traject) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(traject.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)
					|| (actor.hasTeamRoleIn(traject.getWerkplaatsId(), TeamRole.STUDENT, TeamRole.TEACHER,
							TeamRole.EXPERT) && callerIsOnTeam(traject.getId()))));
	}

	@Override
	public String typeName() {
		return "Traject";
	}

}
