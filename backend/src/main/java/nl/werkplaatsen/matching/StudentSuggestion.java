package nl.werkplaatsen.matching;

import java.util.List;
import java.util.UUID;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * A student ranked for an intake.
 *
 * @param student the student, as the API shows them
 * @param studentId the student's id
 * @param score 0 to 100, higher fits better
 * @param reasons why, in Dutch, for the coordinator
 */
record StudentSuggestion(Node student, UUID studentId, int score, List<String> reasons) {
}
