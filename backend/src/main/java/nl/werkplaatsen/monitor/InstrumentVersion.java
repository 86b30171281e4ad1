package nl.werkplaatsen.monitor;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A version of an instrument with its questions in order: a national version, or a
 * werkplaats's version that appends its own questions to a national one.
 *
 * @param id the version
 * @param key its stable key, such as {@code NL-1-METING-V1}
 * @param instrument which instrument
 * @param version its number within the national or the werkplaats's line
 * @param title its name
 * @param werkplaatsId the werkplaats whose version it is; null for a national one
 * @param nationalKey the national version it is or extends
 * @param succeeded whether a newer version of the werkplaats replaced it
 * @param questions the national questions, then the werkplaats's own
 */
record InstrumentVersion(UUID id, String key, MonitorInstrument instrument, int version, String title,
		@Nullable UUID werkplaatsId, String nationalKey, boolean succeeded, List<Question> questions) {

	boolean isNational() {
		return this.werkplaatsId == null;
	}

	/**
	 * A question of an instrument version.
	 *
	 * @param key its stable key, such as {@code q1a}
	 * @param text what it asks; placeholders in square brackets are filled in on a form
	 * @param kind how it is answered
	 * @param required whether a response must answer it
	 * @param group the shared text of a matrix of statements, if any
	 * @param category WETEN, WILLEN or KUNNEN for the impact matrix
	 * @param options the answers to choose from, in order
	 * @param national whether it is a national question (or the werkplaats's own)
	 */
	record Question(String key, String text, QuestionKind kind, boolean required, @Nullable String group,
			@Nullable String category, List<Option> options, boolean national) {

		/** The option that takes a text ("anders, namelijk"), if any. */
		@Nullable Option otherOption() {
			return this.options.stream().filter(Option::takesText).findFirst().orElse(null);
		}

	}

	/**
	 * An answer to choose.
	 *
	 * @param value what is stored
	 * @param label what is shown, in Dutch
	 * @param takesText whether choosing it asks for a text ("anders, namelijk")
	 */
	record Option(String value, String label, boolean takesText) {
	}

}
