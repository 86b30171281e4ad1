package nl.werkplaatsen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.intake.Expectation;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.offer.OfferFormat;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.organisation.MatchableOrganisation;

/**
 * Scores offers against an intake: themes, knelpunten, the form the entrepreneur expects,
 * the target group (size, sector, maturity), availability in the wanted period and the
 * places left. A pure function of its inputs; every point comes with a reason.
 */
final class OfferMatcher {

	private static final Map<Obstacle, String> OBSTACLES = Map.of(Obstacle.NOT_KNOWING, "niet weten",
			Obstacle.NOT_WILLING, "niet willen", Obstacle.NOT_ABLE, "niet kunnen", Obstacle.QUESTION_ARTICULATION,
			"vraagarticulatie");

	private static final Map<AcademicPeriod, String> PERIODS = Map.of(AcademicPeriod.PERIOD_1, "periode 1",
			AcademicPeriod.PERIOD_2, "periode 2", AcademicPeriod.PERIOD_3, "periode 3", AcademicPeriod.PERIOD_4,
			"periode 4", AcademicPeriod.SUMMER, "de zomer");

	private static final Map<SizeClass, String> SIZES = Map.of(SizeClass.MICRO, "micro-bedrijven", SizeClass.SMALL,
			"kleine bedrijven", SizeClass.MEDIUM, "middelgrote bedrijven");

	private static final Map<DigitalMaturity, String> MATURITIES = Map.of(DigitalMaturity.LOW, "laag",
			DigitalMaturity.MEDIUM, "middel", DigitalMaturity.HIGH, "hoog");

	/** The forms that answer each 0-meting expectation best. */
	private static final Map<Expectation, Set<OfferFormat>> FORMATS = Map.of(Expectation.INSIGHT_IN_OPPORTUNITIES,
			Set.of(OfferFormat.SCAN, OfferFormat.WORKSHOP, OfferFormat.WEBINAR), Expectation.COSTS_AND_FEASIBILITY,
			Set.of(OfferFormat.SCAN, OfferFormat.CONSULTATION_HOUR), Expectation.ACCESS_TO_DATA_OR_SOFTWARE,
			Set.of(OfferFormat.TRAJECT, OfferFormat.CONSULTATION_HOUR), Expectation.KNOWLEDGE_AND_SKILLS,
			Set.of(OfferFormat.WORKSHOP, OfferFormat.MASTERCLASS, OfferFormat.WEBINAR),
			Expectation.COLLABORATION_WITH_STUDENTS, Set.of(OfferFormat.TRAJECT), Expectation.CONCRETE_RESULT,
			Set.of(OfferFormat.TRAJECT, OfferFormat.SCAN));

	private OfferMatcher() {
	}

	/** All offers, best first (ties in menu order). */
	static List<OfferSuggestion> rank(MatchableIntake intake, @Nullable MatchableOrganisation organisation,
			List<MatchableOffer> offers, Map<java.util.UUID, Long> activePerOffer) {
		List<OfferSuggestion> ranked = new ArrayList<>();
		for (MatchableOffer offer : offers) {
			ranked.add(score(intake, organisation, offer, activePerOffer.getOrDefault(offer.id(), 0L)));
		}
		ranked.sort(Comparator.comparingInt(OfferSuggestion::score).reversed());
		return ranked;
	}

	private static OfferSuggestion score(MatchableIntake intake, @Nullable MatchableOrganisation organisation,
			MatchableOffer offer, long active) {
		int score = 40;
		List<String> reasons = new ArrayList<>();
		List<Theme> themes = intake.themes().stream().filter(offer.themes()::contains).toList();
		if (!themes.isEmpty()) {
			score += 15 + 5 * (themes.size() - 1);
			reasons.add("thema " + themes.stream().map(Theme::dutch).collect(Collectors.joining(", ")));
		}
		else if (!intake.themes().isEmpty()) {
			score -= 10;
			reasons.add("ander thema dan gevraagd");
		}
		List<Obstacle> obstacles = intake.obstacles().stream().filter(offer.obstacles()::contains).toList();
		if (!obstacles.isEmpty()) {
			score += 10 + 5 * (obstacles.size() - 1);
			reasons
				.add("helpt bij knelpunt " + obstacles.stream().map(OBSTACLES::get).collect(Collectors.joining(", ")));
		}
		Expectation expectation = intake.expectation();
		if (expectation != null && FORMATS.get(expectation).contains(offer.format())) {
			score += 10;
			reasons.add(offer.format().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
					+ " past bij de verwachting van de ondernemer");
		}
		if (organisation != null) {
			score += targetGroup(organisation, offer, reasons);
		}
		AcademicPeriod period = intake.wantedPeriod();
		if (period != null) {
			if (offer.availablePeriods().contains(period)) {
				score += 10;
				reasons.add("beschikbaar in " + PERIODS.get(period));
			}
			else {
				score -= 30;
				reasons.add("niet beschikbaar in " + PERIODS.get(period));
			}
		}
		Integer capacity = offer.capacity();
		if (capacity != null) {
			long left = capacity - active;
			String when = (period != null) ? " in " + PERIODS.get(period) : "";
			if (left <= 0) {
				score -= 40;
				reasons.add("geen plek meer" + when);
			}
			else {
				reasons.add("nog " + left + ((left == 1) ? " plek" : " plekken") + when);
			}
		}
		return new OfferSuggestion(offer.node(), offer.id(), Math.clamp(score, 0, 100), List.copyOf(reasons));
	}

	private static int targetGroup(MatchableOrganisation organisation, MatchableOffer offer, List<String> reasons) {
		int score = 0;
		if (organisation.sizeClass() != null) {
			if (offer.servesSizeClass(organisation.sizeClass())) {
				score += 5;
				reasons.add("voor " + SIZES.get(organisation.sizeClass()));
			}
			else {
				score -= 15;
				reasons.add("niet bedoeld voor " + SIZES.get(organisation.sizeClass()));
			}
		}
		if (organisation.sbiSection() != null && !offer.servesSector(organisation.sbiSection())) {
			score -= 10;
			reasons.add("andere sector (SBI " + organisation.sbiSection() + ")");
		}
		if (organisation.digitalMaturity() != null) {
			if (offer.servesMaturity(organisation.digitalMaturity())) {
				score += 5;
			}
			else {
				score -= 10;
				reasons.add("niet voor digitale volwassenheid " + MATURITIES.get(organisation.digitalMaturity()));
			}
		}
		return score;
	}

}
