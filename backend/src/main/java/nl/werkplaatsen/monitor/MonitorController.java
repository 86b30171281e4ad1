package nl.werkplaatsen.monitor;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.monitor.Instruments.OwnQuestionsPayload;
import nl.werkplaatsen.monitor.Instruments.QuestionInput;

/**
 * The monitor's instruments in the GraphQL API: the versions with their questions, and a
 * werkplaats's own questions.
 */
@Controller
class MonitorController {

	private final Instruments instruments;

	MonitorController(Instruments instruments) {
		this.instruments = instruments;
	}

	@QueryMapping
	List<InstrumentVersion> monitorInstruments(@Argument @Nullable Boolean includeSucceeded) {
		return this.instruments.visible(Boolean.TRUE.equals(includeSucceeded));
	}

	@MutationMapping
	OwnQuestionsPayload monitorOwnQuestionsSet(@Argument OwnQuestionsInput input) {
		return this.instruments.setOwnQuestions(input.instrument(), input.questions());
	}

	@SchemaMapping(typeName = "MonitorInstrumentVersion")
	boolean national(InstrumentVersion version) {
		return version.isNational();
	}

	/**
	 * A werkplaats's own questions for an instrument.
	 *
	 * @param instrument the instrument
	 * @param questions its own questions, appended to the national ones; none to have
	 * only the national questions
	 */
	record OwnQuestionsInput(MonitorInstrument instrument, List<QuestionInput> questions) {
	}

}
