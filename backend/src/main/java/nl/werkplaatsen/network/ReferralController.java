package nl.werkplaatsen.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.ecosystem.InitiativeNode;
import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.network.ReferralFlows.ReferralFlow;
import nl.werkplaatsen.network.ReferralInputs.ReferralAcceptInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralCreateInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralDeclineInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralDirection;
import nl.werkplaatsen.network.ReferralInputs.ReferralOutcomeRecordInput;
import nl.werkplaatsen.network.ReferralInputs.ReferralPayload;
import nl.werkplaatsen.network.ReferralInputs.ReferralPeriod;
import nl.werkplaatsen.network.ReferralInputs.ReferralWithdrawInput;
import nl.werkplaatsen.network.ReferralOutcomes.Outcome;
import nl.werkplaatsen.organisation.OrganisationNode;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The referral part of the GraphQL API: send, answer, follow and withdraw referrals
 * between werkplaatsen, and the network's referral map.
 */
@Controller
class ReferralController {

	private final ReferralService service;

	private final ReferralOutcomes outcomes;

	private final ReferralFlows flows;

	private final WerkplaatsDirectory werkplaatsen;

	private final OrganisationRegister register;

	private final Intakes intakes;

	private final Initiatives initiatives;

	private final Tenancy tenancy;

	ReferralController(ReferralService service, ReferralOutcomes outcomes, ReferralFlows flows,
			WerkplaatsDirectory werkplaatsen, OrganisationRegister register, Intakes intakes, Initiatives initiatives,
			Tenancy tenancy) {
		this.initiatives = initiatives;
		this.service = service;
		this.outcomes = outcomes;
		this.flows = flows;
		this.werkplaatsen = werkplaatsen;
		this.register = register;
		this.intakes = intakes;
		this.tenancy = tenancy;
	}

	@QueryMapping
	Connection<Referral> referrals(@Argument @Nullable ReferralDirection direction,
			@Argument @Nullable ReferralStatus status, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment field) {
		return this.service.list(direction, status, PageRequest.of(first, after, field));
	}

	@QueryMapping
	List<ReferralFlow> referralFlows(@Argument ReferralPeriod period) {
		return this.flows.between(period);
	}

	@QueryMapping
	List<ReferralFlows.InitiativeReferrals> initiativeReferralCounts(@Argument ReferralPeriod period) {
		return this.flows.toInitiatives(period);
	}

	@MutationMapping
	ReferralPayload referralCreate(@Argument ReferralCreateInput input) {
		return this.service.create(input);
	}

	@MutationMapping
	ReferralPayload referralAccept(@Argument ReferralAcceptInput input) {
		return this.service.accept(input);
	}

	@MutationMapping
	ReferralPayload referralDecline(@Argument ReferralDeclineInput input) {
		return this.service.decline(input);
	}

	@MutationMapping
	ReferralPayload referralWithdraw(@Argument ReferralWithdrawInput input) {
		return this.service.withdraw(input);
	}

	@MutationMapping
	ReferralPayload referralOutcomeRecord(@Argument ReferralOutcomeRecordInput input) {
		return this.service.recordOutcome(input);
	}

	@BatchMapping(typeName = "Referral")
	Map<Referral, WerkplaatsNode> from(List<Referral> referrals) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(referrals.stream().map(Referral::getFromWerkplaatsId).collect(Collectors.toSet()));
		return referrals.stream()
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getFromWerkplaatsId())));
	}

	@BatchMapping(typeName = "Referral")
	Map<Referral, WerkplaatsNode> to(List<Referral> referrals) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen.nodes(referrals.stream()
			.map(Referral::getToWerkplaatsId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return referrals.stream()
			.filter((referral) -> referral.getToWerkplaatsId() != null)
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getToWerkplaatsId())));
	}

	@SchemaMapping(typeName = "Referral")
	@Nullable String toInitiativeId(Referral referral) {
		UUID initiative = referral.getToInitiativeId();
		return (initiative != null) ? GlobalId.encode("Initiative", initiative) : null;
	}

	@BatchMapping(typeName = "Referral")
	Map<Referral, InitiativeNode> toInitiative(List<Referral> referrals) {
		Map<UUID, InitiativeNode> byId = this.initiatives.nodes(referrals.stream()
			.map(Referral::getToInitiativeId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return referrals.stream()
			.filter((referral) -> referral.getToInitiativeId() != null
					&& byId.containsKey(referral.getToInitiativeId()))
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getToInitiativeId())));
	}

	@BatchMapping(typeName = "Referral")
	Map<Referral, OrganisationNode> organisation(List<Referral> referrals) {
		Map<UUID, OrganisationNode> byId = visible(() -> this.register
			.nodes(referrals.stream().map(Referral::getOrganisationId).collect(Collectors.toSet())));
		return referrals.stream()
			.filter((referral) -> byId.containsKey(referral.getOrganisationId()))
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getOrganisationId())));
	}

	@BatchMapping(typeName = "Referral")
	Map<Referral, Outcome> outcome(List<Referral> referrals) {
		return this.outcomes.of(referrals);
	}

	/** The sender's intake: shown to the sender only (row-level security). */
	@BatchMapping(typeName = "Referral")
	Map<Referral, Node> intake(List<Referral> referrals) {
		Map<UUID, Node> byId = this.intakes
			.nodes(referrals.stream().map(Referral::getIntakeId).collect(Collectors.toSet()));
		return referrals.stream()
			.filter((referral) -> byId.containsKey(referral.getIntakeId()))
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getIntakeId())));
	}

	/** The receiver's intake: shown to the receiver only (row-level security). */
	@BatchMapping(typeName = "Referral")
	Map<Referral, Node> receivedIntake(List<Referral> referrals) {
		Map<UUID, Node> byId = this.intakes.nodes(referrals.stream()
			.map(Referral::getReceivedIntakeId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return referrals.stream()
			.filter((referral) -> referral.getReceivedIntakeId() != null
					&& byId.containsKey(referral.getReceivedIntakeId()))
			.collect(Collectors.toMap(Function.identity(), (referral) -> byId.get(referral.getReceivedIntakeId())));
	}

	/** The referral an intake was sent with or came in through, its latest. */
	@BatchMapping(typeName = "Intake")
	Map<Node, Referral> referral(List<Node> intakes) {
		Map<UUID, Referral> byIntake = this.service
			.latestByIntake(intakes.stream().map(Node::getId).collect(Collectors.toSet()));
		return intakes.stream()
			.filter((intake) -> byIntake.containsKey(intake.getId()))
			.collect(Collectors.toMap(Function.identity(), (intake) -> byIntake.get(intake.getId())));
	}

	/**
	 * Network coordinators read across the network; everybody else what their werkplaats
	 * sees.
	 */
	private <T> T visible(Supplier<T> read) {
		return Actor.current().isNetworkCoordinator() ? this.tenancy.readNationally(read) : read.get();
	}

}
