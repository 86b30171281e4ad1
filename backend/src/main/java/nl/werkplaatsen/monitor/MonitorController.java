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

	private final MonitorInvitations invitations;

	private final MonitorForms forms;

	private final MonitorResults results;

	MonitorController(Instruments instruments, MonitorInvitations invitations, MonitorForms forms,
			MonitorResults results) {
		this.results = results;
		this.instruments = instruments;
		this.invitations = invitations;
		this.forms = forms;
	}

	@QueryMapping
	MonitorResults.Results monitorResults(@Argument String instrumentKey, @Argument PeriodInput period,
			@Argument MonitorResults.@Nullable GroupBy groupBy, @Argument @Nullable List<String> werkplaatsIds) {
		return this.results.results(instrumentKey, period.from(), period.to(), groupBy, werkplaatsIds);
	}

	@QueryMapping
	java.util.Optional<MonitorForms.Form> monitorForm(@Argument String token) {
		return this.forms.form(token);
	}

	@SchemaMapping(typeName = "MonitorForm")
	nl.werkplaatsen.platform.graphql.Node werkplaats(MonitorForms.Form form) {
		return form.werkplaats().node();
	}

	@SchemaMapping(typeName = "MonitorForm")
	String title(MonitorForms.Form form) {
		return form.subjectTitle();
	}

	@SchemaMapping(typeName = "MonitorForm")
	InstrumentVersion instrument(MonitorForms.Form form) {
		return form.version();
	}

	@SchemaMapping(typeName = "MonitorForm")
	List<InstrumentVersion.Question> questions(MonitorForms.Form form) {
		return form.version().questions();
	}

	@MutationMapping
	MonitorForms.SubmitPayload monitorResponseSubmit(@Argument ResponseSubmitInput input,
			@org.springframework.graphql.data.method.annotation.ContextValue(
					name = nl.werkplaatsen.platform.graphql.ClientAddress.CONTEXT_KEY,
					required = false) @Nullable String clientAddress) {
		return this.forms.submit(input.token(), input.answers(),
				(clientAddress != null) ? clientAddress : "in-process");
	}

	@MutationMapping
	MonitorForms.SubmitPayload monitorResponseRecord(@Argument ResponseRecordInput input) {
		return this.forms.record(input.trajectId(), input.channel().name(), input.answeredOn(), input.answers());
	}

	@MutationMapping
	MonitorInvitations.SendPayload monitorInvitationSend(@Argument InvitationSendInput input) {
		return this.invitations.sendNow(input.trajectId());
	}

	@org.springframework.graphql.data.method.annotation.BatchMapping(typeName = "Traject")
	java.util.Map<nl.werkplaatsen.platform.graphql.Node, MonitorInvitations.State> monitor(
			List<nl.werkplaatsen.platform.graphql.Node> trajecten) {
		java.util.Map<java.util.UUID, MonitorInvitations.State> states = this.invitations
			.statesOf(trajecten.stream().map(nl.werkplaatsen.platform.graphql.Node::getId).toList());
		java.util.Map<nl.werkplaatsen.platform.graphql.Node, MonitorInvitations.State> result = new java.util.HashMap<>();
		trajecten.forEach((traject) -> {
			MonitorInvitations.State state = states.get(traject.getId());
			if (state != null) {
				result.put(traject, state);
			}
		});
		return result;
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
	 * Answers given through a personal link.
	 *
	 * @param token the link's token
	 * @param answers the answers
	 */
	record ResponseSubmitInput(String token, List<Answers.AnswerInput> answers) {
	}

	/**
	 * A traject's 1-meting answered by phone or on paper.
	 *
	 * @param trajectId the traject
	 * @param channel how it was answered
	 * @param answeredOn the day it was answered; today when left out
	 * @param answers the answers
	 */
	record ResponseRecordInput(String trajectId, RecordedChannel channel, java.time.@Nullable LocalDate answeredOn,
			List<Answers.AnswerInput> answers) {
	}

	/** How staff received a response. */
	enum RecordedChannel {

		/** By phone. */
		PHONE,

		/** On paper. */
		PAPER

	}

	/**
	 * The days counted, both inclusive.
	 *
	 * @param from the first day
	 * @param to the last day
	 */
	record PeriodInput(java.time.LocalDate from, java.time.LocalDate to) {
	}

	/**
	 * Which traject's 1-meting to send now.
	 *
	 * @param trajectId the traject
	 */
	record InvitationSendInput(String trajectId) {
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
