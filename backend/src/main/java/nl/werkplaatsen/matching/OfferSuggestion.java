package nl.werkplaatsen.matching;

import java.util.List;

import nl.werkplaatsen.offer.Offer;

/**
 * An offer ranked for an intake.
 *
 * @param offer the offer
 * @param score 0 to 100, higher fits better
 * @param reasons why, in Dutch, for the coordinator
 */
record OfferSuggestion(Offer offer, int score, List<String> reasons) {
}
