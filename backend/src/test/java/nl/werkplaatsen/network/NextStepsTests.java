package nl.werkplaatsen.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.ecosystem.EcosystemMaturity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableActivity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.network.NextSteps.NextStep;
import nl.werkplaatsen.network.NextSteps.Profile;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.offer.OfferFormat;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next steps as a plain rule: not what was taken, own region first, then by fit, with
 * reasons.
 */
class NextStepsTests {

	private final UUID ownRegion = UUID.randomUUID();

	private final UUID elsewhere = UUID.randomUUID();

	@Test
	void ownRegionComesFirstThenTheBestFitAndWhatWasTakenIsLeftOut() {
		MatchableOffer dataHere = offer(List.of(Theme.DATA), List.of(), List.of());
		MatchableOffer aiHere = offer(List.of(Theme.AI), List.of(), List.of());
		MatchableOffer dataElsewhere = offer(List.of(Theme.DATA), List.of(Obstacle.NOT_KNOWING), List.of());
		MatchableOffer taken = offer(List.of(Theme.DATA), List.of(Obstacle.NOT_KNOWING), List.of());
		Profile organisation = new Profile(Set.of(Theme.DATA), Set.of(Obstacle.NOT_KNOWING), null, null,
				Set.of(taken.id()));

		List<NextStep> steps = NextSteps.rank(organisation,
				Map.of(this.ownRegion, List.of(aiHere, dataHere, taken), this.elsewhere, List.of(dataElsewhere)),
				Set.of(this.ownRegion), List.of(), 10);

		assertThat(steps).extracting(NextStep::id).containsExactly(dataHere.id(), aiHere.id(), dataElsewhere.id());
		assertThat(steps.getFirst().reasons()).containsExactly("in de eigen regio", "thema data");
		assertThat(steps.get(1).reasons()).contains("ander thema dan in de hulpvragen");
		assertThat(steps.get(2).score()).isGreaterThan(steps.getFirst().score());
		assertThat(steps.get(2).reasons()).contains("helpt bij knelpunt niet weten");
	}

	@Test
	void maturityCountsAndScoresStayBetweenZeroAndAHundredAndFirstCutsTheList() {
		MatchableOffer forHigh = offer(List.of(), List.of(), List.of(DigitalMaturity.HIGH));
		MatchableOffer forLow = offer(List.of(), List.of(), List.of(DigitalMaturity.LOW));
		Profile low = new Profile(Set.of(), Set.of(), DigitalMaturity.LOW, null, Set.of());

		List<NextStep> steps = NextSteps.rank(low, Map.of(this.elsewhere, List.of(forHigh, forLow)), Set.of(),
				List.of(), 1);

		assertThat(steps).singleElement().satisfies((step) -> {
			assertThat(step.id()).isEqualTo(forLow.id());
			assertThat(step.reasons()).containsExactly("past bij de digitale volwassenheid");
			assertThat(step.score()).isBetween(0, 100);
		});
	}

	@Test
	void initiativesOfTheProvinceCountTheirKnelpuntSectorAndMaturityAndComeWithTheOwnRegion() {
		MatchableInitiative fitting = initiative(new MatchableActivity(ActivityArchetype.SCANS_AND_ASSESSMENTS,
				EcosystemMaturity.UNSPECIFIED, Obstacle.NOT_KNOWING, List.of()));
		MatchableInitiative otherSector = initiative(new MatchableActivity(ActivityArchetype.WORKING_WITH_STUDENTS,
				EcosystemMaturity.HIGH, Obstacle.NOT_ABLE, List.of("J")));
		MatchableOffer elsewhere = offer(List.of(Theme.DATA), List.of(Obstacle.NOT_KNOWING), List.of());
		Profile organisation = new Profile(Set.of(Theme.DATA), Set.of(Obstacle.NOT_KNOWING), DigitalMaturity.LOW, "G",
				Set.of());

		List<NextStep> steps = NextSteps.rank(organisation, Map.of(this.elsewhere, List.of(elsewhere)), Set.of(),
				List.of(otherSector, fitting), 10);

		assertThat(steps).extracting(NextStep::id).containsExactly(fitting.id(), otherSector.id(), elsewhere.id());
		assertThat(steps.getFirst().initiative()).isSameAs(fitting);
		assertThat(steps.getFirst().offer()).isNull();
		assertThat(steps.getFirst().reasons()).containsExactly("initiatief in de eigen provincie",
				"helpt bij knelpunt niet weten", "voor de sector (SBI G)", "past bij de digitale volwassenheid");
		assertThat(steps.get(1).reasons()).contains("voor andere sectoren",
				"bedoeld voor een andere digitale volwassenheid");
		assertThat(steps.get(1).score()).isLessThan(steps.getFirst().score());
	}

	private static MatchableInitiative initiative(MatchableActivity activity) {
		UUID id = UUID.randomUUID();
		return new MatchableInitiative(() -> id, id, "Initiatief " + id, List.of(activity));
	}

	private static MatchableOffer offer(List<Theme> themes, List<Obstacle> obstacles,
			List<DigitalMaturity> maturities) {
		UUID id = UUID.randomUUID();
		return new MatchableOffer(() -> id, id, themes, obstacles, OfferFormat.TRAJECT, List.of(), null, List.of(),
				List.of(), maturities);
	}

}
