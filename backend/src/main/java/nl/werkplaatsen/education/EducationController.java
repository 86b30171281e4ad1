package nl.werkplaatsen.education;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.education.EducationInputs.InstitutionCreateInput;
import nl.werkplaatsen.education.EducationInputs.InstitutionPayload;
import nl.werkplaatsen.education.EducationInputs.ProgrammeCreateInput;
import nl.werkplaatsen.education.EducationInputs.ProgrammePayload;
import nl.werkplaatsen.education.EducationInputs.StudentCreateInput;
import nl.werkplaatsen.education.EducationInputs.StudentPayload;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.PageRequest;

/**
 * The education part of the GraphQL API.
 */
@Controller
class EducationController {

	private final EducationService service;

	private final AcademicCalendar calendar;

	EducationController(EducationService service, AcademicCalendar calendar) {
		this.service = service;
		this.calendar = calendar;
	}

	@QueryMapping
	List<AcademicCalendar.PeriodDates> academicCalendar(@Argument @Nullable String academicYear) {
		return this.calendar.year(academicYear);
	}

	@QueryMapping
	List<Institution> institutions() {
		return this.service.institutions();
	}

	@QueryMapping
	Connection<Student> students(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment field) {
		return this.service.students(PageRequest.of(first, after, field));
	}

	@MutationMapping
	InstitutionPayload institutionCreate(@Argument InstitutionCreateInput input) {
		return this.service.createInstitution(input);
	}

	@MutationMapping
	ProgrammePayload programmeCreate(@Argument ProgrammeCreateInput input) {
		return this.service.createProgramme(input);
	}

	@MutationMapping
	StudentPayload studentCreate(@Argument StudentCreateInput input) {
		return this.service.createStudent(input);
	}

	@BatchMapping
	Map<Institution, List<Programme>> programmes(List<Institution> institutions) {
		Map<UUID, List<Programme>> byInstitution = this.service
			.programmesOf(institutions.stream().map(Institution::getId).toList());
		return institutions.stream()
			.collect(Collectors.toMap(Function.identity(),
					(institution) -> byInstitution.getOrDefault(institution.getId(), List.of())));
	}

	@BatchMapping
	Map<Programme, Institution> institution(List<Programme> programmes) {
		Map<UUID, Institution> byId = this.service
			.institutions(programmes.stream().map(Programme::getInstitutionId).collect(Collectors.toSet()));
		return programmes.stream()
			.collect(Collectors.toMap(Function.identity(), (programme) -> byId.get(programme.getInstitutionId())));
	}

	@BatchMapping
	Map<Student, Programme> programme(List<Student> students) {
		Map<UUID, Programme> byId = this.service
			.programmes(students.stream().map(Student::getProgrammeId).collect(Collectors.toSet()));
		return students.stream()
			.collect(Collectors.toMap(Function.identity(), (student) -> byId.get(student.getProgrammeId())));
	}

}
