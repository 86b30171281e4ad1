package nl.werkplaatsen.matching;

import java.util.List;
import java.util.UUID;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * An offer ranked for an intake.
 *
 * @param offer the offer, as the API shows it
 * @param offerId the offer's id
 * @param score 0 to 100, higher fits better
 * @param reasons why, in Dutch, for the coordinator
 */
record OfferSuggestion(Node offer, UUID offerId, int score, List<String> reasons) {
}
