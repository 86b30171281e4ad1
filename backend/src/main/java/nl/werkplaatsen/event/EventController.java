package nl.werkplaatsen.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.event.EventInputs.AttendanceInput;
import nl.werkplaatsen.event.EventInputs.EventCreateInput;
import nl.werkplaatsen.event.EventInputs.EventPayload;
import nl.werkplaatsen.event.EventInputs.EventRegisterInput;
import nl.werkplaatsen.event.EventInputs.EventRegisterPayload;
import nl.werkplaatsen.event.EventInputs.ReachRecordAddInput;
import nl.werkplaatsen.event.EventInputs.ReachRecordPayload;
import nl.werkplaatsen.event.EventInputs.RegistrationPayload;
import nl.werkplaatsen.event.EventService.RegistrationsPage;
import nl.werkplaatsen.platform.audit.AuditLog;
import nl.werkplaatsen.platform.graphql.ClientAddress;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The events and reach part of the GraphQL API.
 */
@Controller
class EventController {

	private final EventService service;

	private final WerkplaatsDirectory werkplaatsen;

	private final AuditLog auditLog;

	EventController(EventService service, WerkplaatsDirectory werkplaatsen, BatchLoaderRegistry batchLoaders,
			AuditLog auditLog) {
		this.auditLog = auditLog;
		this.service = service;
		this.werkplaatsen = werkplaatsen;
		batchLoaders.<RegistrationsPage, Connection<Registration>>forName("eventRegistrations")
			.registerMappedBatchLoader((pages, environment) -> Mono.fromSupplier(() -> registrationPages(pages)));
		batchLoaders.<UUID, Long>forName("eventRegistrationCounts")
			.registerMappedBatchLoader((events, environment) -> Mono.fromCallable(() -> {
				Map<UUID, Long> counts = new java.util.HashMap<>(service.registrationCounts(events));
				events.forEach((event) -> counts.putIfAbsent(event, 0L));
				return counts;
			}));
	}

	@QueryMapping
	Connection<Event> events(@Argument String werkplaatsSlug, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument boolean includePast, DataFetchingEnvironment field) {
		WerkplaatsCard werkplaats = this.werkplaatsen.findBySlug(werkplaatsSlug)
			.orElseThrow(() -> new NotFoundException("No active werkplaats has this slug"));
		return this.service.agenda(werkplaats.id(), includePast, PageRequest.of(first, after, field));
	}

	@QueryMapping
	Connection<ReachRecord> reachRecords(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment field) {
		return this.service.reachRecords(PageRequest.of(first, after, field));
	}

	@BatchMapping(typeName = "Werkplaats")
	Map<Node, List<Event>> upcomingEvents(List<Node> werkplaatsen) {
		Map<UUID, List<Event>> byWerkplaats = this.service.upcoming(werkplaatsen.stream().map(Node::getId).toList());
		return werkplaatsen.stream()
			.collect(Collectors.toMap(Function.identity(),
					(werkplaats) -> byWerkplaats.getOrDefault(werkplaats.getId(), List.of())));
	}

	/**
	 * For the werkplaats's admins and coordinators only: a public count would let anyone
	 * tell, by registering an address, whether it was registered already.
	 */
	@SchemaMapping
	CompletableFuture<Long> registrationCount(Event event, DataLoader<UUID, Long> eventRegistrationCounts) {
		if (!Actor.current().hasTeamRoleIn(event.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)) {
			throw new AccessDeniedException("Only the werkplaats's admins and coordinators see how many registered");
		}
		return eventRegistrationCounts.load(event.getId());
	}

	@SchemaMapping
	CompletableFuture<Boolean> full(Event event, DataLoader<UUID, Long> eventRegistrationCounts) {
		Integer capacity = event.getCapacity();
		if (capacity == null) {
			return CompletableFuture.completedFuture(false);
		}
		return eventRegistrationCounts.load(event.getId()).thenApply((registered) -> registered >= capacity);
	}

	@BatchMapping
	Map<Event, WerkplaatsNode> werkplaats(List<Event> events) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(events.stream().map(Event::getWerkplaatsId).collect(Collectors.toSet()));
		return events.stream()
			.collect(Collectors.toMap(Function.identity(), (event) -> byId.get(event.getWerkplaatsId())));
	}

	@SchemaMapping
	EventKind kind(Event event) {
		return event.getKind();
	}

	@SchemaMapping
	EventStatus status(Event event) {
		return event.getStatus();
	}

	/** Who registered: shown to staff, and recorded in the audit log as read. */
	@SchemaMapping
	CompletableFuture<Connection<Registration>> registrations(Event event, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment field,
			DataLoader<RegistrationsPage, Connection<Registration>> eventRegistrations) {
		if (!Actor.current().hasTeamRoleIn(event.getWerkplaatsId(), TeamRole.ADMIN, TeamRole.COORDINATOR)) {
			throw new AccessDeniedException("Only the werkplaats's admins and coordinators see who registered");
		}
		return eventRegistrations.load(new RegistrationsPage(event.getId(), PageRequest.of(first, after, field)));
	}

	private Map<RegistrationsPage, Connection<Registration>> registrationPages(Set<RegistrationsPage> pages) {
		Map<RegistrationsPage, Connection<Registration>> found = this.service.registrationPages(pages);
		this.auditLog.recordAccess("Registration",
				found.values()
					.stream()
					.flatMap((page) -> page.nodes().stream())
					.collect(Collectors.toMap(Registration::getId, Registration::getWerkplaatsId, (one, same) -> one)));
		return found;
	}

	@MutationMapping
	EventPayload eventCreate(@Argument EventCreateInput input) {
		return this.service.create(input);
	}

	@MutationMapping
	EventRegisterPayload eventRegister(@Argument EventRegisterInput input,
			@ContextValue(name = ClientAddress.CONTEXT_KEY, required = false) @Nullable String clientAddress) {
		return this.service.register(input, (clientAddress != null) ? clientAddress : "in-process");
	}

	@MutationMapping
	RegistrationPayload registrationMarkAttendance(@Argument AttendanceInput input) {
		return this.service.markAttendance(input);
	}

	@MutationMapping
	ReachRecordPayload reachRecordAdd(@Argument ReachRecordAddInput input) {
		return this.service.addReach(input);
	}

}
