package nl.werkplaatsen.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.education.Discipline;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.education.MatchableStudent.StudyProgramme;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.werkplaats.EducationLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student matcher's scoring and reasons, without a database: themes, the fit of the
 * programme's discipline, availability and the room left in a student's load.
 */
class StudentMatcherTests {

	private static final MatchableIntake DATA_IN_PERIOD_3 = new MatchableIntake(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), List.of(Theme.DATA), List.of(), null, AcademicPeriod.PERIOD_3);

	@Test
	void aStudentWhoFitsRanksFirstWithReasonsInDutch() {
		MatchableStudent ict = student(List.of(Theme.DATA), List.of(AcademicPeriod.PERIOD_3), 2,
				new StudyProgramme("HBO-ICT", EducationLevel.HBO, Discipline.ICT));
		MatchableStudent marketing = student(List.of(), List.of(AcademicPeriod.PERIOD_1), 1,
				new StudyProgramme("Marketing", EducationLevel.MBO, Discipline.MARKETING));

		List<StudentSuggestion> ranked = StudentMatcher.rank(DATA_IN_PERIOD_3, List.of(marketing, ict),
				Map.of(ict.id(), 1L, marketing.id(), 1L));

		assertThat(ranked).extracting(StudentSuggestion::studentId).containsExactly(ict.id(), marketing.id());
		assertThat(ranked.getFirst().score()).isEqualTo(80);
		assertThat(ranked.getFirst().reasons()).containsExactly("hbo-student hbo-ict beschikbaar in periode 3",
				"werkt aan data", "nog ruimte voor 1 traject");
		assertThat(ranked.getLast().score()).isZero();
		assertThat(ranked.getLast().reasons()).containsExactly("mbo-student marketing niet beschikbaar in periode 3",
				"zit al op 1 trajecten (maximaal 1)");
	}

	@Test
	void eachTrajectAStudentIsOnCostsFivePoints() {
		MatchableStudent free = student(List.of(Theme.DATA), List.of(AcademicPeriod.PERIOD_3), 3, null);

		int idle = StudentMatcher.rank(DATA_IN_PERIOD_3, List.of(free), Map.of()).getFirst().score();
		int busy = StudentMatcher.rank(DATA_IN_PERIOD_3, List.of(free), Map.of(free.id(), 2L)).getFirst().score();

		assertThat(idle).isEqualTo(70);
		assertThat(busy).isEqualTo(60);
	}

	private static MatchableStudent student(List<Theme> themes, List<AcademicPeriod> periods, int max,
			StudyProgramme programme) {
		UUID id = UUID.randomUUID();
		return new MatchableStudent(() -> id, id, UUID.randomUUID(), "Student", themes, periods, max, programme);
	}

}
