package nl.werkplaatsen.education;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.werkplaats.EducationLevel;

/**
 * The GraphQL inputs and payloads of the education API.
 */
final class EducationInputs {

	private EducationInputs() {
	}

	record InstitutionCreateInput(@Nullable String name, EducationLevel level, @Nullable String brinCode) {
	}

	record InstitutionPayload(@Nullable Institution institution, List<UserError> userErrors) {
	}

	record ProgrammeCreateInput(String institutionId, @Nullable String name, Discipline discipline) {
	}

	record ProgrammePayload(@Nullable Programme programme, List<UserError> userErrors) {
	}

	record StudentCreateInput(@Nullable String name, @Nullable String email, String programmeId, int studyYear,
			@Nullable List<Theme> themes, @Nullable List<AcademicPeriod> availablePeriods,
			@Nullable Integer maxConcurrentTrajecten, @Nullable String teamMemberId) {
	}

	record StudentPayload(@Nullable Student student, List<UserError> userErrors) {
	}

}
