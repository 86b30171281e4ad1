package nl.werkplaatsen.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.ecosystem.EcosystemMaturity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableActivity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.intake.Expectation;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.organisation.MatchableOrganisation;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Initiatives for an intake as a plain rule: knelpunt, archetype against the expectation,
 * sector and maturity, each with its reason.
 */
class InitiativeMatcherTests {

	private final MatchableIntake intake = new MatchableIntake(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			List.of(Theme.DATA), List.of(Obstacle.NOT_ABLE), Expectation.COLLABORATION_WITH_STUDENTS, null);

	@Test
	void theKnelpuntAndAnArchetypeThatAnswersTheExpectationRankFirstWithTheirReasons() {
		MatchableInitiative students = initiative("Datalab",
				activity(ActivityArchetype.WORKING_WITH_STUDENTS, EcosystemMaturity.LOW, Obstacle.NOT_ABLE, List.of()));
		MatchableInitiative workshops = initiative("Kennisavonden",
				activity(ActivityArchetype.WORKSHOPS_AND_KNOWLEDGE_EVENTS, EcosystemMaturity.LOW, Obstacle.NOT_KNOWING,
						List.of()));
		MatchableInitiative advice = initiative("Adviespunt", activity(ActivityArchetype.ADVICE_AND_CONSULTANCY,
				EcosystemMaturity.LOW, Obstacle.NOT_ABLE, List.of()));

		List<InitiativeSuggestion> ranked = InitiativeMatcher.rank(this.intake, null,
				List.of(workshops, advice, students));

		assertThat(ranked).extracting(InitiativeSuggestion::name)
			.containsExactly("Datalab", "Adviespunt", "Kennisavonden");
		assertThat(ranked.getFirst().reasons()).containsExactly("initiatief in de regio van de werkplaats",
				"helpt bij knelpunt niet kunnen", "biedt werken met studenten, passend bij de verwachting");
		assertThat(ranked.getFirst().score()).isEqualTo(75);
		assertThat(ranked.getLast().reasons()).containsExactly("initiatief in de regio van de werkplaats");
		assertThat(ranked.getLast().score()).isEqualTo(40);
	}

	@Test
	void anotherSectorOrMaturityCostsPointsAndSaysWhy() {
		MatchableOrganisation retailer = new MatchableOrganisation(UUID.randomUUID(), null, "G", DigitalMaturity.HIGH);
		MatchableInitiative industry = initiative("Fieldlab",
				activity(ActivityArchetype.SHARED_FACILITIES, EcosystemMaturity.LOW, null, List.of("C")));
		MatchableInitiative forEveryone = initiative("Loket",
				activity(ActivityArchetype.SIGNALLING, EcosystemMaturity.UNSPECIFIED, null, List.of()));

		List<InitiativeSuggestion> ranked = InitiativeMatcher.rank(this.intake, retailer,
				List.of(industry, forEveryone));

		assertThat(ranked).extracting(InitiativeSuggestion::name).containsExactly("Loket", "Fieldlab");
		assertThat(ranked.getFirst().reasons()).contains("voor de sector (SBI G)",
				"past bij de digitale volwassenheid");
		assertThat(ranked.getFirst().score()).isEqualTo(50);
		assertThat(ranked.getLast().reasons()).contains("voor andere sectoren",
				"bedoeld voor een andere digitale volwassenheid");
		assertThat(ranked.getLast().score()).isEqualTo(15);
	}

	private static MatchableInitiative initiative(String name, MatchableActivity activity) {
		UUID id = UUID.randomUUID();
		Node node = () -> id;
		return new MatchableInitiative(node, id, name, List.of(activity));
	}

	private static MatchableActivity activity(ActivityArchetype archetype, EcosystemMaturity maturity,
			Obstacle obstacle, List<String> sectors) {
		return new MatchableActivity(archetype, maturity, obstacle, sectors);
	}

}
