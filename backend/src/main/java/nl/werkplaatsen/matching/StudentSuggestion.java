package nl.werkplaatsen.matching;

import java.util.List;

import nl.werkplaatsen.education.Student;

/**
 * A student ranked for an intake.
 *
 * @param student the student
 * @param score 0 to 100, higher fits better
 * @param reasons why, in Dutch, for the coordinator
 */
record StudentSuggestion(Student student, int score, List<String> reasons) {
}
