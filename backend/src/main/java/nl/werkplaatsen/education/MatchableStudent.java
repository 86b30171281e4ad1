package nl.werkplaatsen.education;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.werkplaats.EducationLevel;

/**
 * A student as matching and trajecten see them: what they work on, when, how much, and
 * their programme; immutable, read when it was asked for.
 *
 * @param node the student as the API shows them, to hand on as a GraphQL {@code Student}
 * @param id the student
 * @param werkplaatsId their werkplaats
 * @param name their name
 * @param themes the themes they work on
 * @param availablePeriods the academic periods they are available in
 * @param maxConcurrentTrajecten how many trajecten they take on at once
 * @param programme their programme, if known
 */
public record MatchableStudent(Node node, UUID id, UUID werkplaatsId, String name, List<Theme> themes,
		List<AcademicPeriod> availablePeriods, int maxConcurrentTrajecten, @Nullable StudyProgramme programme) {

	public MatchableStudent {
		themes = List.copyOf(themes);
		availablePeriods = List.copyOf(availablePeriods);
	}

	static MatchableStudent of(Student student, @Nullable Programme programme) {
		return new MatchableStudent(student, student.getId(), student.getWerkplaatsId(), student.getName(),
				student.getThemes(), student.getAvailablePeriods(), student.getMaxConcurrentTrajecten(),
				(programme != null)
						? new StudyProgramme(programme.getName(), programme.getLevel(), programme.getDiscipline())
						: null);
	}

	/**
	 * A programme as matching sees it.
	 *
	 * @param name its name
	 * @param level its education level
	 * @param discipline its discipline
	 */
	public record StudyProgramme(String name, EducationLevel level, Discipline discipline) {
	}

}
