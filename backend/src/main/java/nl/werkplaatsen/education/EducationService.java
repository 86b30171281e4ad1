package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.education.EducationInputs.InstitutionCreateInput;
import nl.werkplaatsen.education.EducationInputs.InstitutionPayload;
import nl.werkplaatsen.education.EducationInputs.ProgrammeCreateInput;
import nl.werkplaatsen.education.EducationInputs.ProgrammePayload;
import nl.werkplaatsen.education.EducationInputs.StudentCreateInput;
import nl.werkplaatsen.education.EducationInputs.StudentPayload;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.PartnerInstitutions;

/**
 * Institutions and programmes (kept by network coordinators) and the students of a
 * werkplaats (kept by its admins and coordinators).
 */
@Service
class EducationService implements NodeResolver<Student> {

	private static final Pattern BRIN = Pattern.compile("^[0-9]{2}[A-Z0-9]{2}$");

	private final InstitutionRepository institutions;

	private final ProgrammeRepository programmes;

	private final StudentRepository students;

	private final TeamDirectory teams;

	private final PartnerInstitutions partners;

	private final Tenancy tenancy;

	private final int defaultLoad;

	EducationService(InstitutionRepository institutions, ProgrammeRepository programmes, StudentRepository students,
			TeamDirectory teams, PartnerInstitutions partners, Tenancy tenancy,
			@Value("${werkplaats.students.max-concurrent-trajecten:2}") int defaultLoad) {
		this.institutions = institutions;
		this.programmes = programmes;
		this.students = students;
		this.teams = teams;
		this.partners = partners;
		this.tenancy = tenancy;
		this.defaultLoad = defaultLoad;
	}

	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	@Transactional
	public InstitutionPayload createInstitution(InstitutionCreateInput input) {
		UserErrors errors = new UserErrors();
		String name = errors.requiredText("name", input.name(), 200);
		String brin = (input.brinCode() != null) ? input.brinCode().strip().toUpperCase(Locale.ROOT) : null;
		if (brin == null || brin.isEmpty()) {
			errors.add(UserErrorCode.REQUIRED, "brinCode", "Give the BRIN code.");
		}
		else if (!BRIN.matcher(brin).matches()) {
			errors.add(UserErrorCode.INVALID_FORMAT, "brinCode",
					"A BRIN code is two digits and two letters, e.g. 30GB.");
		}
		else if (this.institutions.existsByBrinCode(brin)) {
			errors.add(UserErrorCode.TAKEN, "brinCode", "An institution with this BRIN code exists.");
		}
		if (errors.any()) {
			return new InstitutionPayload(null, errors.list());
		}
		return new InstitutionPayload(this.institutions.save(new Institution(name, input.level(), brin)), List.of());
	}

	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	@Transactional
	public ProgrammePayload createProgramme(ProgrammeCreateInput input) {
		UserErrors errors = new UserErrors();
		Optional<Institution> institution = GlobalId.idOf(input.institutionId(), "Institution")
			.flatMap(this.institutions::findById);
		String name = errors.requiredText("name", input.name(), 200);
		if (institution.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "institutionId", "No such institution.");
		}
		else if (name != null
				&& this.programmes.existsByInstitutionIdAndNameIgnoreCase(institution.get().getId(), name)) {
			errors.add(UserErrorCode.TAKEN, "name", "The institution has a programme with this name.");
		}
		if (errors.any()) {
			return new ProgrammePayload(null, errors.list());
		}
		return new ProgrammePayload(this.programmes
			.save(new Programme(institution.get().getId(), name, institution.get().getLevel(), input.discipline())),
				List.of());
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public StudentPayload createStudent(StudentCreateInput input) {
		UserErrors errors = new UserErrors();
		String name = errors.requiredText("name", input.name(), 200);
		String email = errors.optionalText("email", input.email(), 254);
		errors.matches("email", email, InputFormats.EMAIL, "an email address");
		Optional<Programme> programme = GlobalId.idOf(input.programmeId(), "Programme")
			.flatMap(this.programmes::findById);
		if (programme.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "programmeId", "No such programme.");
		}
		if (programme.isPresent()) {
			String institution = this.institutions.findById(programme.get().getInstitutionId())
				.map((found) -> found.getName().strip().toLowerCase(Locale.ROOT))
				.orElse("");
			if (!this.partners.namesOf(Actor.current().werkplaatsId().orElseThrow()).contains(institution)) {
				errors.add(UserErrorCode.INVALID_STATE, "programmeId", "The werkplaats works with the students of its "
						+ "partner institutions; add the institution to its consortium first.");
			}
		}
		errors.range("studyYear", input.studyYear(), 1, 6);
		errors.range("maxConcurrentTrajecten", input.maxConcurrentTrajecten(), 1, 10);
		UUID membershipId = null;
		if (input.teamMemberId() != null) {
			membershipId = GlobalId.idOf(input.teamMemberId(), "TeamMember")
				.flatMap(this.teams::findOwnTeamMember)
				.filter((member) -> member.role() == TeamRole.STUDENT)
				.map(TeamMember::id)
				.orElse(null);
			if (membershipId == null) {
				errors.add(UserErrorCode.NOT_FOUND, "teamMemberId",
						"Link a team member of your werkplaats with the " + "student role, or leave it out.");
			}
		}
		if (errors.any()) {
			return new StudentPayload(null, errors.list());
		}
		List<AcademicPeriod> periods = (input.availablePeriods() != null)
				? input.availablePeriods().stream().distinct().toList() : List.of(AcademicPeriod.PERIOD_1,
						AcademicPeriod.PERIOD_2, AcademicPeriod.PERIOD_3, AcademicPeriod.PERIOD_4);
		return new StudentPayload(this.students.save(new Student(name, email, programme.get().getId(),
				input.studyYear(), (input.themes() != null) ? input.themes().stream().distinct().toList() : List.of(),
				periods, (input.maxConcurrentTrajecten() != null) ? input.maxConcurrentTrajecten() : this.defaultLoad,
				membershipId)), List.of());
	}

	/** The students of the caller's werkplaats, by name. */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional(readOnly = true)
	public Connection<Student> students(PageRequest page) {
		KeysetCursor after = page.after();
		return Connection.of(
				this.students.findPage((after != null) ? after.text(0) : "",
						(after != null) ? after.uuid(1) : new UUID(0, 0), Limit.of(page.limitPlusOne())),
				page, () -> this.students.count(), (student) -> KeysetCursor.of(student.getName(), student.getId()));
	}

	/** All institutions, by name, with their programmes. */
	List<Institution> institutions() {
		return this.institutions.findAllByOrderByName();
	}

	Map<UUID, List<Programme>> programmesOf(Collection<UUID> institutionIds) {
		return this.programmes.findByInstitutionIdInOrderByName(institutionIds)
			.stream()
			.collect(Collectors.groupingBy(Programme::getInstitutionId));
	}

	Map<UUID, Programme> programmes(Collection<UUID> ids) {
		return this.programmes.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Programme::getId, Function.identity()));
	}

	Map<UUID, Institution> institutions(Collection<UUID> ids) {
		return this.institutions.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Institution::getId, Function.identity()));
	}

	@Override
	public Optional<Student> find(UUID id) {
		Actor actor = Actor.current();
		return this.tenancy.readNationally(() -> this.students.findById(id))
			.filter((student) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(student.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR));
	}

	@Override
	public String typeName() {
		return "Student";
	}

}
