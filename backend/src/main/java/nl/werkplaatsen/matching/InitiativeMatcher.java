package nl.werkplaatsen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.ecosystem.Initiatives.Fit;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableActivity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.intake.Expectation;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.organisation.MatchableOrganisation;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;

/**
 * Scores the ecosystem's initiatives in the werkplaats's provinces against an intake: the
 * knelpunten their activities address, whether their archetypes answer what the
 * entrepreneur expects, and the target group (sector, maturity). A pure function of its
 * inputs; every point comes with a reason in Dutch.
 */
final class InitiativeMatcher {

	/** The archetypes that answer each 0-meting expectation. */
	private static final Map<Expectation, Set<ActivityArchetype>> ARCHETYPES = Map.of(
			Expectation.INSIGHT_IN_OPPORTUNITIES,
			EnumSet.of(ActivityArchetype.SIGNALLING, ActivityArchetype.SCANS_AND_ASSESSMENTS,
					ActivityArchetype.WORKSHOPS_AND_KNOWLEDGE_EVENTS, ActivityArchetype.KNOWLEDGE_PLATFORM),
			Expectation.COSTS_AND_FEASIBILITY, EnumSet.of(ActivityArchetype.ADVICE_AND_CONSULTANCY,
					ActivityArchetype.SUBSIDIES_AND_FINANCING, ActivityArchetype.SCANS_AND_ASSESSMENTS),
			Expectation.ACCESS_TO_DATA_OR_SOFTWARE, EnumSet.of(ActivityArchetype.SHARED_FACILITIES,
					ActivityArchetype.KNOWLEDGE_PLATFORM, ActivityArchetype.RESEARCH_AND_DEVELOPMENT),
			Expectation.KNOWLEDGE_AND_SKILLS,
			EnumSet.of(ActivityArchetype.EDUCATION_FOR_PROFESSIONALS, ActivityArchetype.WORKSHOPS_AND_KNOWLEDGE_EVENTS,
					ActivityArchetype.KNOWLEDGE_PLATFORM),
			Expectation.COLLABORATION_WITH_STUDENTS,
			EnumSet.of(ActivityArchetype.WORKING_WITH_STUDENTS, ActivityArchetype.EDUCATION_FOR_STUDENTS),
			Expectation.CONCRETE_RESULT, EnumSet.of(ActivityArchetype.ADVICE_AND_CONSULTANCY,
					ActivityArchetype.WORKING_WITH_STUDENTS, ActivityArchetype.RESEARCH_AND_DEVELOPMENT));

	private InitiativeMatcher() {
	}

	/**
	 * The initiatives ranked for the intake, best first, by name on a tie.
	 * @param intake the intake's themes, knelpunten and expectation
	 * @param organisation its organisation's target-group facts, if known
	 * @param initiatives the active initiatives with their activities in the werkplaats's
	 * provinces
	 */
	static List<InitiativeSuggestion> rank(MatchableIntake intake, @Nullable MatchableOrganisation organisation,
			List<MatchableInitiative> initiatives) {
		return initiatives.stream()
			.map((initiative) -> score(intake, organisation, initiative))
			.sorted(Comparator.comparingInt(InitiativeSuggestion::score)
				.reversed()
				.thenComparing(InitiativeSuggestion::name))
			.toList();
	}

	private static InitiativeSuggestion score(MatchableIntake intake, @Nullable MatchableOrganisation organisation,
			MatchableInitiative initiative) {
		int score = 40;
		List<String> reasons = new ArrayList<>(List.of("initiatief in de regio van de werkplaats"));
		List<Obstacle> obstacles = initiative.activities()
			.stream()
			.map(MatchableActivity::obstacle)
			.filter((obstacle) -> obstacle != null && intake.obstacles().contains(obstacle))
			.distinct()
			.sorted()
			.toList();
		if (!obstacles.isEmpty()) {
			score += 20;
			reasons.add("helpt bij knelpunt " + obstacles.stream()
				.map((obstacle) -> obstacle.dutch().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", ")));
		}
		Expectation expectation = intake.expectation();
		if (expectation != null) {
			List<ActivityArchetype> answering = initiative.activities()
				.stream()
				.map(MatchableActivity::archetype)
				.filter(ARCHETYPES.get(expectation)::contains)
				.distinct()
				.sorted()
				.toList();
			if (!answering.isEmpty()) {
				score += 15;
				reasons.add("biedt " + answering.stream()
					.map((archetype) -> archetype.dutch().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining(", ")) + ", passend bij de verwachting");
			}
		}
		if (organisation != null) {
			Fit fit = initiative.targetGroupFit(organisation.sbiSection(), organisation.digitalMaturity());
			score += fit.points();
			reasons.addAll(fit.reasons());
		}
		return new InitiativeSuggestion(initiative.node(), initiative.name(), Math.clamp(score, 0, 100),
				List.copyOf(reasons));
	}

}
