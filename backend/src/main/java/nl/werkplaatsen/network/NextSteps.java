package nl.werkplaatsen.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.ecosystem.Initiatives.Fit;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableActivity;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * Ranks the network's published offers and the initiatives of the organisation's province
 * as next steps for it: what matches its themes and knelpunten (from its intakes), its
 * sector and its digital maturity, and what it has not taken yet; its own region first. A
 * pure function; every point comes with a Dutch reason.
 */
final class NextSteps {

	private static final Map<Obstacle, String> OBSTACLES = Map.of(Obstacle.NOT_KNOWING, "niet weten",
			Obstacle.NOT_WILLING, "niet willen", Obstacle.NOT_ABLE, "niet kunnen", Obstacle.QUESTION_ARTICULATION,
			"vraagarticulatie");

	private NextSteps() {
	}

	/**
	 * The best {@code first} next steps: own region first (the initiatives given are
	 * those of the organisation's province), then by score.
	 */
	static List<NextStep> rank(Profile organisation, Map<UUID, List<MatchableOffer>> offersByWerkplaats,
			Set<UUID> ownRegionWerkplaatsen, List<MatchableInitiative> initiativesInProvince, int first) {
		List<NextStep> steps = new ArrayList<>();
		for (MatchableInitiative initiative : initiativesInProvince) {
			steps.add(score(organisation, initiative));
		}
		offersByWerkplaats.forEach((werkplaats, offers) -> {
			boolean ownRegion = ownRegionWerkplaatsen.contains(werkplaats);
			for (MatchableOffer offer : offers) {
				if (!organisation.takenOffers().contains(offer.id())) {
					steps.add(score(organisation, offer, werkplaats, ownRegion));
				}
			}
		});
		steps.sort(Comparator.comparing(NextStep::ownRegion)
			.reversed()
			.thenComparing(Comparator.comparingInt(NextStep::score).reversed())
			.thenComparing(NextStep::id));
		return List.copyOf(steps.subList(0, Math.min(first, steps.size())));
	}

	private static NextStep score(Profile organisation, MatchableOffer offer, UUID werkplaats, boolean ownRegion) {
		int score = 40;
		List<String> reasons = new ArrayList<>();
		if (ownRegion) {
			reasons.add("in de eigen regio");
		}
		List<Theme> themes = offer.themes().stream().filter(organisation.themes()::contains).toList();
		if (!themes.isEmpty()) {
			score += 15 + 5 * (themes.size() - 1);
			reasons.add("thema " + themes.stream().map(Theme::dutch).collect(Collectors.joining(", ")));
		}
		else if (!organisation.themes().isEmpty()) {
			score -= 10;
			reasons.add("ander thema dan in de hulpvragen");
		}
		List<Obstacle> obstacles = offer.obstacles().stream().filter(organisation.obstacles()::contains).toList();
		if (!obstacles.isEmpty()) {
			score += 10 + 5 * (obstacles.size() - 1);
			reasons
				.add("helpt bij knelpunt " + obstacles.stream().map(OBSTACLES::get).collect(Collectors.joining(", ")));
		}
		DigitalMaturity maturity = organisation.maturity();
		if (maturity != null) {
			if (offer.servesMaturity(maturity)) {
				score += 5;
				reasons.add("past bij de digitale volwassenheid");
			}
			else {
				score -= 15;
				reasons.add("bedoeld voor een andere digitale volwassenheid");
			}
		}
		return new NextStep(offer, null, offer.id(), werkplaats, ownRegion, Math.clamp(score, 0, 100),
				List.copyOf(reasons));
	}

	private static NextStep score(Profile organisation, MatchableInitiative initiative) {
		int score = 40;
		List<String> reasons = new ArrayList<>(List.of("initiatief in de eigen provincie"));
		List<Obstacle> obstacles = initiative.activities()
			.stream()
			.map(MatchableActivity::obstacle)
			.filter((obstacle) -> obstacle != null && organisation.obstacles().contains(obstacle))
			.distinct()
			.toList();
		if (!obstacles.isEmpty()) {
			score += 15;
			reasons
				.add("helpt bij knelpunt " + obstacles.stream().map(OBSTACLES::get).collect(Collectors.joining(", ")));
		}
		Fit fit = initiative.targetGroupFit(organisation.sbiSection(), organisation.maturity());
		score += fit.points();
		reasons.addAll(fit.reasons());
		return new NextStep(null, initiative, initiative.id(), null, true, Math.clamp(score, 0, 100),
				List.copyOf(reasons));
	}

	/**
	 * What the ranking knows of an organisation.
	 *
	 * @param themes the themes of its intakes
	 * @param obstacles the knelpunten of its intakes
	 * @param maturity its digital maturity, if known
	 * @param sbiSection its SBI section, if known
	 * @param takenOffers the offers of its trajecten
	 */
	record Profile(Set<Theme> themes, Set<Obstacle> obstacles, @Nullable DigitalMaturity maturity,
			@Nullable String sbiSection, Set<UUID> takenOffers) {
	}

	/**
	 * A suggested next step: an offer or an initiative.
	 *
	 * @param offer the offer, or null
	 * @param initiative the initiative, or null
	 * @param id the offer's or initiative's id
	 * @param werkplaatsId the werkplaats offering the offer; null for an initiative
	 * @param ownRegion whether it is in the organisation's own region
	 * @param score 0 to 100
	 * @param reasons why, in Dutch
	 */
	record NextStep(@Nullable MatchableOffer offer, @Nullable MatchableInitiative initiative, UUID id,
			@Nullable UUID werkplaatsId, boolean ownRegion, int score, List<String> reasons) {
	}

}
