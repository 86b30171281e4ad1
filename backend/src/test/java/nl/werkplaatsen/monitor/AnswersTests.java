package nl.werkplaatsen.monitor;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.monitor.Answers.AnswerInput;
import nl.werkplaatsen.monitor.Answers.ValidAnswer;
import nl.werkplaatsen.monitor.InstrumentVersion.Option;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a response's answers as a plain rule: each kind of question, the option
 * that takes a text, required questions, and every error naming its question.
 */
class AnswersTests {

	private final InstrumentVersion version = new InstrumentVersion(UUID.randomUUID(), "TEST-V1",
			MonitorInstrument.ONE_MEASUREMENT, 1, "Test", null, "TEST-V1", false,
			List.of(question("q1", QuestionKind.SINGLE_CHOICE, true, "AGREE", "DISAGREE"),
					question("q2", QuestionKind.SCALE, true, "1", "2", "3"), question("q3", QuestionKind.OPEN, false),
					new Question("q5", "Stappen", QuestionKind.MULTIPLE_CHOICE, true, null, null,
							List.of(new Option("a", "A", false), new Option("h", "Anders", true)), true)));

	@Test
	void validAnswersComeBackInTheVersionsOrder() {
		UserErrors errors = new UserErrors();
		List<ValidAnswer> answers = Answers.validate(this.version,
				List.of(new AnswerInput("q5", List.of("a", "h", "a"), "Iets anders"),
						new AnswerInput("q2", List.of("3"), null), new AnswerInput("q1", List.of("AGREE"), null)),
				errors);
		assertThat(errors.any()).isFalse();
		assertThat(answers).extracting(ValidAnswer::question).containsExactly("q1", "q2", "q5");
		assertThat(answers.getLast().values()).containsExactly("a", "h");
		assertThat(answers.getLast().text()).isEqualTo("Iets anders");
	}

	@Test
	void everyWrongAnswerIsNamedByItsQuestion() {
		UserErrors errors = new UserErrors();
		Answers.validate(this.version,
				List.of(new AnswerInput("q1", List.of("AGREE", "DISAGREE"), null),
						new AnswerInput("q2", List.of("4"), null), new AnswerInput("q3", List.of("x"), null),
						new AnswerInput("q5", List.of("h"), null), new AnswerInput("q7", List.of("a"), null),
						new AnswerInput("q2", List.of("1"), null)),
				errors);
		assertThat(errors.list()).extracting(UserError::field)
			.containsExactly(List.of("answers", "q1"), List.of("answers", "q2"), List.of("answers", "q3"),
					List.of("answers", "q5", "text"), List.of("answers", "q7"), List.of("answers", "q2"));
		assertThat(errors.list()).extracting((error) -> error.code().name())
			.containsExactly("INVALID_FORMAT", "INVALID_FORMAT", "INVALID_FORMAT", "REQUIRED", "NOT_FOUND", "CONFLICT");
	}

	@Test
	void requiredQuestionsMustBeAnsweredAndATextNeedsItsOption() {
		UserErrors errors = new UserErrors();
		Answers.validate(this.version, List.of(new AnswerInput("q5", List.of("a"), "zomaar tekst")), errors);
		assertThat(errors.list()).extracting(UserError::field)
			.containsExactly(List.of("answers", "q5", "text"), List.of("answers", "q1"), List.of("answers", "q2"));
	}

	private static Question question(String key, QuestionKind kind, boolean required, String... values) {
		return new Question(key, key, kind, required, null, null,
				java.util.Arrays.stream(values).map((value) -> new Option(value, value, false)).toList(), true);
	}

}
