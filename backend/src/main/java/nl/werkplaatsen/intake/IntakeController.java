package nl.werkplaatsen.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.intake.IntakeInputs.IntakeCloseInput;
import nl.werkplaatsen.intake.IntakeInputs.IntakeFilter;
import nl.werkplaatsen.intake.IntakeInputs.IntakePayload;
import nl.werkplaatsen.intake.IntakeInputs.IntakeSubmitInput;
import nl.werkplaatsen.intake.IntakeInputs.IntakeSubmitPayload;
import nl.werkplaatsen.intake.IntakeInputs.IntakeTriageInput;
import nl.werkplaatsen.platform.audit.AuditLog;
import nl.werkplaatsen.organisation.Contacts;
import nl.werkplaatsen.organisation.Contacts.ContactCard;
import nl.werkplaatsen.organisation.OrganisationNode;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.ClientAddress;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The intake part of the GraphQL API: the public form's mutation and the staff's list and
 * triage.
 */
@Controller
class IntakeController {

	private final IntakeService service;

	private final OrganisationRegister register;

	private final Contacts contacts;

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teamMembers;

	private final AuditLog auditLog;

	IntakeController(IntakeService service, OrganisationRegister register, Contacts contacts,
			WerkplaatsDirectory werkplaatsen, TeamDirectory teamMembers, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.service = service;
		this.register = register;
		this.contacts = contacts;
		this.werkplaatsen = werkplaatsen;
		this.teamMembers = teamMembers;
	}

	@MutationMapping
	IntakeSubmitPayload intakeSubmit(@Argument IntakeSubmitInput input,
			@ContextValue(name = ClientAddress.CONTEXT_KEY, required = false) @Nullable String clientAddress) {
		// In-process callers (demo data) have no network address.
		return this.service.submit(input, (clientAddress != null) ? clientAddress : "in-process");
	}

	@QueryMapping
	Connection<IntakeView> intakes(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable IntakeFilter filter, DataFetchingEnvironment field) {
		return this.service.list(filter, PageRequest.of(first, after, field));
	}

	@MutationMapping
	IntakePayload intakeTriage(@Argument IntakeTriageInput input) {
		return this.service.triage(input);
	}

	@MutationMapping
	IntakePayload intakeContactConsentWithdraw(@Argument IntakeCloseInput input) {
		return this.service.withdrawContactConsent(input);
	}

	@MutationMapping
	IntakePayload intakeAcceptProposedName(@Argument IntakeCloseInput input) {
		return this.service.acceptProposedName(input);
	}

	@MutationMapping
	IntakePayload intakeDecline(@Argument IntakeCloseInput input) {
		return this.service.decline(input);
	}

	@MutationMapping
	IntakePayload intakeRefer(@Argument IntakeCloseInput input) {
		return this.service.refer(input);
	}

	@MutationMapping
	IntakePayload intakeWithdraw(@Argument IntakeCloseInput input) {
		return this.service.withdraw(input);
	}

	@BatchMapping(typeName = "Intake")
	Map<IntakeView, OrganisationNode> organisation(List<IntakeView> intakes) {
		Map<UUID, OrganisationNode> byId = this.register
			.nodes(intakes.stream().map(IntakeView::getOrganisationId).collect(Collectors.toSet()));
		return intakes.stream()
			.filter((intake) -> byId.containsKey(intake.getOrganisationId()))
			.collect(Collectors.toMap(Function.identity(), (intake) -> byId.get(intake.getOrganisationId())));
	}

	/** Shown to staff, and recorded in the audit log as read. */
	@BatchMapping(typeName = "Intake")
	Map<IntakeView, ContactCard> contact(List<IntakeView> intakes) {
		Map<UUID, ContactCard> byId = this.contacts
			.cards(intakes.stream().map(IntakeView::getContactId).collect(Collectors.toSet()));
		this.auditLog.recordAccess("Contact", intakes.stream()
			.filter((intake) -> byId.containsKey(intake.getContactId()))
			.collect(Collectors.toMap(IntakeView::getContactId, IntakeView::getWerkplaatsId, (first, same) -> first)));
		return intakes.stream()
			.filter((intake) -> byId.containsKey(intake.getContactId()))
			.collect(Collectors.toMap(Function.identity(), (intake) -> byId.get(intake.getContactId())));
	}

	@BatchMapping(typeName = "Intake")
	Map<IntakeView, WerkplaatsNode> werkplaats(List<IntakeView> intakes) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(intakes.stream().map(IntakeView::getWerkplaatsId).collect(Collectors.toSet()));
		return intakes.stream()
			.filter((intake) -> byId.containsKey(intake.getWerkplaatsId()))
			.collect(Collectors.toMap(Function.identity(), (intake) -> byId.get(intake.getWerkplaatsId())));
	}

	@BatchMapping(typeName = "Intake")
	Map<IntakeView, TeamMember> assignee(List<IntakeView> intakes) {
		Map<UUID, TeamMember> byId = this.teamMembers.findAll(
				intakes.stream().map(IntakeView::getAssigneeId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return intakes.stream()
			.filter((intake) -> intake.getAssigneeId() != null && byId.containsKey(intake.getAssigneeId()))
			.collect(Collectors.toMap(Function.identity(), (intake) -> byId.get(intake.getAssigneeId())));
	}

	@SchemaMapping(typeName = "Intake")
	Baseline baseline(IntakeView intake) {
		return new Baseline(intake.getFoundVia(), intake.getFoundViaOther(), intake.getReason(), intake.getMaturity(),
				intake.getBaselineObstacles(), intake.getExpectation());
	}

	@SchemaMapping(typeName = "Intake")
	@Nullable Double timeToFirstResponseHours(IntakeView intake) {
		Duration duration = intake.timeToFirstResponse();
		return (duration != null) ? hours(duration) : null;
	}

	@SchemaMapping(typeName = "Intake")
	double waitingTimeHours(IntakeView intake) {
		return hours(intake.waitingTime(this.service.now()));
	}

	private static double hours(Duration duration) {
		return Math.round(duration.toMinutes() / 6.0) / 10.0;
	}

	/**
	 * The 0-meting answers as submitted.
	 *
	 * @param foundVia vraag 1
	 * @param foundViaOther vraag 1, "anders, namelijk"
	 * @param reason vraag 2
	 * @param maturity vraag 3
	 * @param obstacles vraag 4
	 * @param expectation vraag 5
	 */
	record Baseline(@Nullable FoundVia foundVia, @Nullable String foundViaOther, @Nullable String reason,
			@Nullable Integer maturity, List<BaselineObstacle> obstacles, @Nullable Expectation expectation) {
	}

}
