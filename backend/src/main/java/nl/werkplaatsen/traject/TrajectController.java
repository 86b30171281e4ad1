package nl.werkplaatsen.traject;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationNode;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.traject.TrajectInputs.DeliverableAddInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCancelInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCompleteInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCreateInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectDeliverInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectFilter;
import nl.werkplaatsen.traject.TrajectInputs.TrajectPayload;
import nl.werkplaatsen.traject.TrajectInputs.TrajectStartInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectTeamSetInput;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The traject part of the GraphQL API.
 */
@Controller
class TrajectController {

	private final TrajectService service;

	private final OfferCatalogue offers;

	private final OrganisationRegister register;

	private final WerkplaatsDirectory werkplaatsen;

	private final Students students;

	private final TeamDirectory teamMembers;

	TrajectController(TrajectService service, OfferCatalogue offers, OrganisationRegister register,
			WerkplaatsDirectory werkplaatsen, Students students, TeamDirectory teamMembers) {
		this.students = students;
		this.teamMembers = teamMembers;
		this.service = service;
		this.offers = offers;
		this.register = register;
		this.werkplaatsen = werkplaatsen;
	}

	@QueryMapping
	Connection<Traject> trajecten(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable TrajectFilter filter, DataFetchingEnvironment field) {
		return this.service.list(filter, PageRequest.of(first, after, field));
	}

	@MutationMapping
	TrajectPayload trajectCreate(@Argument TrajectCreateInput input) {
		return this.service.create(input);
	}

	@MutationMapping
	TrajectPayload trajectStart(@Argument TrajectStartInput input) {
		return this.service.start(input);
	}

	@MutationMapping
	TrajectPayload trajectDeliver(@Argument TrajectDeliverInput input) {
		return this.service.deliver(input);
	}

	@MutationMapping
	TrajectPayload trajectComplete(@Argument TrajectCompleteInput input) {
		return this.service.complete(input);
	}

	@MutationMapping
	TrajectPayload trajectCancel(@Argument TrajectCancelInput input) {
		return this.service.cancel(input);
	}

	@MutationMapping
	TrajectPayload trajectDeliverableAdd(@Argument DeliverableAddInput input) {
		return this.service.addDeliverable(input);
	}

	@MutationMapping
	TrajectPayload trajectTeamSet(@Argument TrajectTeamSetInput input) {
		return this.service.setTeam(input);
	}

	@BatchMapping
	Map<Traject, List<TeamPlace>> team(List<Traject> trajecten) {
		Map<UUID, List<TrajectMember>> teams = this.service.teamsOf(trajecten.stream().map(Traject::getId).toList());
		List<TrajectMember> all = teams.values().stream().flatMap(List::stream).toList();
		Map<UUID, Node> students = this.students.nodes(all.stream()
			.map(TrajectMember::getStudentId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<UUID, TeamMember> staff = this.teamMembers.findAll(all.stream()
			.map(TrajectMember::getMembershipId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		return trajecten.stream()
			.collect(Collectors.toMap(Function.identity(),
					(traject) -> teams.getOrDefault(traject.getId(), List.of())
						.stream()
						.map((member) -> new TeamPlace(member.getRole(),
								(member.getHours() != null) ? member.getHours().doubleValue() : null,
								(member.getStudentId() != null) ? students.get(member.getStudentId()) : null,
								(member.getMembershipId() != null) ? staff.get(member.getMembershipId()) : null))
						.toList()));
	}

	/**
	 * A place on a traject's team.
	 *
	 * @param role the role
	 * @param hours the hours spent, if recorded
	 * @param student the student, for a student's place
	 * @param member the teacher or expert, for theirs
	 */
	record TeamPlace(TeamRoleOnTraject role, @Nullable Double hours, @Nullable Node student,
			@Nullable TeamMember member) {
	}

	@BatchMapping
	Map<Traject, Node> offer(List<Traject> trajecten) {
		Map<UUID, Node> byId = this.offers
			.nodes(trajecten.stream().map(Traject::getOfferId).collect(Collectors.toSet()));
		return trajecten.stream()
			.filter((traject) -> byId.containsKey(traject.getOfferId()))
			.collect(Collectors.toMap(Function.identity(), (traject) -> byId.get(traject.getOfferId())));
	}

	@BatchMapping
	Map<Traject, OrganisationNode> organisation(List<Traject> trajecten) {
		Map<UUID, OrganisationNode> byId = this.register
			.nodes(trajecten.stream().map(Traject::getOrganisationId).collect(Collectors.toSet()));
		return trajecten.stream()
			.filter((traject) -> byId.containsKey(traject.getOrganisationId()))
			.collect(Collectors.toMap(Function.identity(), (traject) -> byId.get(traject.getOrganisationId())));
	}

	@BatchMapping
	Map<Traject, WerkplaatsNode> werkplaats(List<Traject> trajecten) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(trajecten.stream().map(Traject::getWerkplaatsId).collect(Collectors.toSet()));
		return trajecten.stream()
			.collect(Collectors.toMap(Function.identity(), (traject) -> byId.get(traject.getWerkplaatsId())));
	}

	@BatchMapping
	Map<Traject, List<Deliverable>> deliverables(List<Traject> trajecten) {
		Map<UUID, List<Deliverable>> byTraject = this.service
			.deliverablesOf(trajecten.stream().map(Traject::getId).toList());
		return trajecten.stream()
			.collect(Collectors.toMap(Function.identity(),
					(traject) -> byTraject.getOrDefault(traject.getId(), List.of())));
	}

}
