package nl.werkplaatsen.matching;

import java.util.List;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * An initiative of the ecosystem map suggested for an intake.
 *
 * @param initiative the initiative as the API shows it
 * @param name its name, to order ties
 * @param score 0 to 100; higher fits better
 * @param reasons why, in Dutch
 */
record InitiativeSuggestion(Node initiative, String name, int score, List<String> reasons) {
}
