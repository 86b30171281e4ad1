package nl.werkplaatsen.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.monitor.InstrumentVersion.Option;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;

/**
 * Checks a response's answers against the questions of the version it answers: every
 * answer names a question of it once, takes only its options (one for a scale or a single
 * choice), the "anders, namelijk" option comes with its text, and every required question
 * is answered. Each error names the question in its field ({@code answers.q2}).
 */
final class Answers {

	static final int MAX_TEXT = 2000;

	private Answers() {
	}

	/**
	 * The valid answers by question, in the version's order; with errors added for
	 * whatever is wrong (then the answers must not be stored).
	 */
	static List<ValidAnswer> validate(InstrumentVersion version, List<AnswerInput> inputs, UserErrors errors) {
		Map<String, Question> questions = new LinkedHashMap<>();
		version.questions().forEach((question) -> questions.put(question.key(), question));
		Map<String, ValidAnswer> valid = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (AnswerInput input : inputs) {
			String key = (input.question() != null) ? input.question().strip() : "";
			String field = "answers." + key;
			Question question = questions.get(key);
			if (question == null) {
				errors.add(UserErrorCode.NOT_FOUND, field, "'" + key + "' is not a question of " + version.key() + ".");
				continue;
			}
			if (!seen.add(key)) {
				errors.add(UserErrorCode.CONFLICT, field, "Question " + key + " is answered twice.");
				continue;
			}
			ValidAnswer answer = check(question, input, field, errors);
			if (answer != null) {
				valid.put(key, answer);
			}
		}
		for (Question question : questions.values()) {
			if (question.required() && !seen.contains(question.key())) {
				errors.add(UserErrorCode.REQUIRED, "answers." + question.key(),
						"Question " + question.key() + " must be answered.");
			}
		}
		List<ValidAnswer> ordered = new ArrayList<>();
		questions.keySet().forEach((key) -> {
			if (valid.containsKey(key)) {
				ordered.add(valid.get(key));
			}
		});
		return ordered;
	}

	private static @Nullable ValidAnswer check(Question question, AnswerInput input, String field, UserErrors errors) {
		List<String> values = new ArrayList<>(new LinkedHashSet<>(
				(input.values() != null) ? input.values().stream().map(String::strip).toList() : List.of()));
		String text = (input.text() != null && !input.text().isBlank()) ? input.text().strip() : null;
		if (text != null && text.length() > MAX_TEXT) {
			errors.add(UserErrorCode.TOO_LONG, field + ".text", "At most " + MAX_TEXT + " characters.");
			return null;
		}
		if (question.kind() == QuestionKind.OPEN) {
			if (!values.isEmpty()) {
				errors.add(UserErrorCode.INVALID_FORMAT, field,
						"Question " + question.key() + " is answered with a text, not with values.");
				return null;
			}
			if (text == null) {
				if (question.required()) {
					errors.add(UserErrorCode.REQUIRED, field, "Question " + question.key() + " must be answered.");
				}
				return null;
			}
			return new ValidAnswer(question.key(), question.national(), List.of(), text);
		}
		Set<String> allowed = new HashSet<>(question.options().stream().map(Option::value).toList());
		List<String> wrong = values.stream().filter((value) -> !allowed.contains(value)).toList();
		if (!wrong.isEmpty()) {
			errors.add(UserErrorCode.INVALID_FORMAT, field,
					"Question " + question.key() + " takes "
							+ String.join(", ", question.options().stream().map(Option::value).toList()) + ", not "
							+ String.join(", ", wrong) + ".");
			return null;
		}
		if (values.isEmpty()) {
			if (question.required()) {
				errors.add(UserErrorCode.REQUIRED, field, "Question " + question.key() + " must be answered.");
			}
			return null;
		}
		if (question.kind() != QuestionKind.MULTIPLE_CHOICE && values.size() > 1) {
			errors.add(UserErrorCode.INVALID_FORMAT, field,
					"Question " + question.key() + " takes one value, not " + values.size() + ".");
			return null;
		}
		Option other = question.otherOption();
		boolean otherChosen = other != null && values.contains(other.value());
		if (otherChosen && text == null) {
			errors.add(UserErrorCode.REQUIRED, field + ".text",
					"Question " + question.key() + ": say what '" + other.label() + "' is.");
			return null;
		}
		if (!otherChosen && text != null) {
			errors.add(UserErrorCode.INVALID_FORMAT, field + ".text", "Question " + question.key()
					+ " takes a text only with " + ((other != null) ? "'" + other.value() + "'" : "no option") + ".");
			return null;
		}
		return new ValidAnswer(question.key(), question.national(), List.copyOf(values), text);
	}

	/**
	 * An answer as given.
	 *
	 * @param question the question's key
	 * @param values the chosen values
	 * @param text the text of an open question or of "anders, namelijk"
	 */
	record AnswerInput(@Nullable String question, @Nullable List<String> values, @Nullable String text) {
	}

	/**
	 * An answer that passed.
	 *
	 * @param question the question's key
	 * @param national whether it answers a national question
	 * @param values the chosen values
	 * @param text its text, if any
	 */
	record ValidAnswer(String question, boolean national, List<String> values, @Nullable String text) {
	}

}
