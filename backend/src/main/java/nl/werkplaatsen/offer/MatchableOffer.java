package nl.werkplaatsen.offer;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * An offer as matching and trajecten see it: what it helps with, for whom, when and how
 * many; immutable, read when it was asked for.
 *
 * @param node the offer as the API shows it, to hand on as a GraphQL {@code Offer}
 * @param id the offer
 * @param themes its themes
 * @param obstacles the knelpunten it helps with
 * @param format its form
 * @param availablePeriods the academic periods it runs in
 * @param capacity places per period, if limited
 * @param sizeClasses the company sizes it is for (empty: all)
 * @param sbiSections the SBI sections it is for (empty: all)
 * @param maturityLevels the digital maturity levels it is for (empty: all)
 */
public record MatchableOffer(Node node, UUID id, List<Theme> themes, List<Obstacle> obstacles, OfferFormat format,
		List<AcademicPeriod> availablePeriods, @Nullable Integer capacity, List<SizeClass> sizeClasses,
		List<String> sbiSections, List<DigitalMaturity> maturityLevels) {

	public MatchableOffer {
		themes = List.copyOf(themes);
		obstacles = List.copyOf(obstacles);
		availablePeriods = List.copyOf(availablePeriods);
		sizeClasses = List.copyOf(sizeClasses);
		sbiSections = List.copyOf(sbiSections);
		maturityLevels = List.copyOf(maturityLevels);
	}

	static MatchableOffer of(Offer offer) {
		return new MatchableOffer(offer, offer.getId(), offer.getThemes(), offer.getObstacles(), offer.getFormat(),
				offer.getAvailablePeriods(), offer.getCapacity(), offer.getSizeClasses(), offer.getSbiSections(),
				offer.getMaturityLevels());
	}

	/**
	 * Whether the offer is for companies of this size (an empty target group is for all).
	 */
	public boolean servesSizeClass(SizeClass sizeClass) {
		return this.sizeClasses.isEmpty() || this.sizeClasses.contains(sizeClass);
	}

	/** Whether the offer is for this SBI section (an empty target group is for all). */
	public boolean servesSector(String sbiSection) {
		return this.sbiSections.isEmpty() || this.sbiSections.contains(sbiSection);
	}

	/**
	 * Whether the offer is for this digital maturity (an empty target group is for all).
	 */
	public boolean servesMaturity(DigitalMaturity maturity) {
		return this.maturityLevels.isEmpty() || this.maturityLevels.contains(maturity);
	}

}
