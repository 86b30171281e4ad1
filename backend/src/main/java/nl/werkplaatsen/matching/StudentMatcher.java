package nl.werkplaatsen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.education.Discipline;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.education.MatchableStudent.StudyProgramme;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * Scores students against an intake: the themes they can work on, how their programme's
 * discipline fits the themes, their availability in the wanted period and the room left
 * in their load. Multilevel and multidisciplinary teams are the coordinator's choice:
 * every level ranks on the same terms.
 */
final class StudentMatcher {

	/** The disciplines that suit each theme. */
	private static final Map<Theme, Set<Discipline>> DISCIPLINES = Map.of(Theme.ONLINE_MARKETING_AND_SALES,
			Set.of(Discipline.MARKETING, Discipline.DESIGN, Discipline.BUSINESS), Theme.DATA,
			Set.of(Discipline.DATA, Discipline.ICT), Theme.AUTOMATION,
			Set.of(Discipline.ICT, Discipline.BUSINESS, Discipline.ENGINEERING), Theme.CYBERSECURITY,
			Set.of(Discipline.ICT), Theme.AI, Set.of(Discipline.DATA, Discipline.ICT), Theme.OTHER, Set.of());

	private static final Map<AcademicPeriod, String> PERIODS = Map.of(AcademicPeriod.PERIOD_1, "periode 1",
			AcademicPeriod.PERIOD_2, "periode 2", AcademicPeriod.PERIOD_3, "periode 3", AcademicPeriod.PERIOD_4,
			"periode 4", AcademicPeriod.SUMMER, "de zomer");

	private StudentMatcher() {
	}

	static List<StudentSuggestion> rank(MatchableIntake intake, List<MatchableStudent> students, Map<UUID, Long> load) {
		List<StudentSuggestion> ranked = new ArrayList<>();
		for (MatchableStudent student : students) {
			ranked.add(score(intake, student, student.programme(), load.getOrDefault(student.id(), 0L)));
		}
		ranked.sort(Comparator.comparingInt(StudentSuggestion::score).reversed());
		return ranked;
	}

	private static StudentSuggestion score(MatchableIntake intake, MatchableStudent student,
			@Nullable StudyProgramme programme, long active) {
		int score = 40;
		List<String> reasons = new ArrayList<>();
		String who = (programme != null) ? programme.level().name().toLowerCase(Locale.ROOT) + "-student "
				+ programme.name().toLowerCase(Locale.ROOT) : "student";
		List<Theme> themes = intake.themes().stream().filter(student.themes()::contains).toList();
		if (!themes.isEmpty()) {
			score += 15 + 5 * (themes.size() - 1);
		}
		if (programme != null && intake.themes()
			.stream()
			.anyMatch((theme) -> DISCIPLINES.get(theme).contains(programme.discipline()))) {
			score += 15;
		}
		else if (programme != null && !intake.themes().isEmpty()) {
			score -= 10;
		}
		String available = "";
		AcademicPeriod period = intake.wantedPeriod();
		if (period != null) {
			if (student.availablePeriods().contains(period)) {
				score += 15;
				available = " beschikbaar in " + PERIODS.get(period);
			}
			else {
				score -= 30;
				available = " niet beschikbaar in " + PERIODS.get(period);
			}
		}
		reasons.add(who + available);
		if (!themes.isEmpty()) {
			reasons.add("werkt aan " + String.join(", ",
					themes.stream().map((theme) -> theme.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList()));
		}
		long room = student.maxConcurrentTrajecten() - active;
		if (room <= 0) {
			score -= 40;
			reasons.add("zit al op " + active + " trajecten (maximaal " + student.maxConcurrentTrajecten() + ")");
		}
		else {
			score -= (int) (5 * active);
			reasons.add("nog ruimte voor " + room + ((room == 1) ? " traject" : " trajecten"));
		}
		return new StudentSuggestion(student.node(), student.id(), Math.clamp(score, 0, 100), List.copyOf(reasons));
	}

}
