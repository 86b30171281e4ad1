package nl.werkplaatsen.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.intake.Expectation;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.offer.OfferFormat;
import nl.werkplaatsen.organisation.MatchableOrganisation;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offer matcher's scoring and reasons, without a database: every point it gives or
 * takes, the order, and the bounds.
 */
class OfferMatcherTests {

	private static final MatchableIntake INTAKE = new MatchableIntake(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), List.of(Theme.DATA), List.of(Obstacle.NOT_KNOWING), Expectation.INSIGHT_IN_OPPORTUNITIES,
			AcademicPeriod.PERIOD_3);

	private static final MatchableOrganisation SMALL_SHOP = new MatchableOrganisation(UUID.randomUUID(),
			SizeClass.SMALL, "G", DigitalMaturity.LOW);

	@Test
	void anOfferThatFitsInEveryWayScoresEachPointWithItsReason() {
		MatchableOffer scan = offer(List.of(Theme.DATA, Theme.AI), List.of(Obstacle.NOT_KNOWING), OfferFormat.SCAN,
				List.of(AcademicPeriod.PERIOD_3), 2, List.of(), List.of(), List.of());

		OfferSuggestion suggestion = OfferMatcher.rank(INTAKE, SMALL_SHOP, List.of(scan), Map.of(scan.id(), 1L))
			.getFirst();

		assertThat(suggestion.score()).isEqualTo(95);
		assertThat(suggestion.reasons()).containsExactly("thema data", "helpt bij knelpunt niet weten",
				"scan past bij de verwachting van de ondernemer", "voor kleine bedrijven", "beschikbaar in periode 3",
				"nog 1 plek in periode 3");
		assertThat(suggestion.offerId()).isEqualTo(scan.id());
		assertThat(suggestion.offer()).isSameAs(scan.node());
	}

	@Test
	void everyMismatchCostsPointsAndTheScoreNeverDropsBelowZero() {
		MatchableOffer fits = offer(List.of(Theme.DATA), List.of(), OfferFormat.WORKSHOP,
				List.of(AcademicPeriod.PERIOD_3), null, List.of(), List.of(), List.of());
		MatchableOffer misses = offer(List.of(Theme.CYBERSECURITY), List.of(), OfferFormat.TRAJECT,
				List.of(AcademicPeriod.PERIOD_1), 1, List.of(SizeClass.MEDIUM), List.of("C"),
				List.of(DigitalMaturity.HIGH));

		List<OfferSuggestion> ranked = OfferMatcher.rank(INTAKE, SMALL_SHOP, List.of(misses, fits),
				Map.of(misses.id(), 1L));

		assertThat(ranked).extracting(OfferSuggestion::offerId).containsExactly(fits.id(), misses.id());
		assertThat(ranked.getLast().score()).isZero();
		assertThat(ranked.getLast().reasons()).containsExactly("ander thema dan gevraagd",
				"niet bedoeld voor kleine bedrijven", "andere sector (SBI G)", "niet voor digitale volwassenheid laag",
				"niet beschikbaar in periode 3", "geen plek meer in periode 3");
	}

	@Test
	void withoutAKnownOrganisationTheTargetGroupNeitherAddsNorTakes() {
		MatchableOffer forMedium = offer(List.of(), List.of(), OfferFormat.TRAJECT, List.of(), null,
				List.of(SizeClass.MEDIUM), List.of(), List.of());
		MatchableIntake bare = new MatchableIntake(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(),
				List.of(), null, null);

		OfferSuggestion suggestion = OfferMatcher.rank(bare, null, List.of(forMedium), Map.of()).getFirst();

		assertThat(suggestion.score()).isEqualTo(40);
		assertThat(suggestion.reasons()).isEmpty();
	}

	private static MatchableOffer offer(List<Theme> themes, List<Obstacle> obstacles, OfferFormat format,
			List<AcademicPeriod> periods, Integer capacity, List<SizeClass> sizes, List<String> sectors,
			List<DigitalMaturity> maturities) {
		UUID id = UUID.randomUUID();
		return new MatchableOffer(() -> id, id, themes, obstacles, format, periods, capacity, sizes, sectors,
				maturities);
	}

}
