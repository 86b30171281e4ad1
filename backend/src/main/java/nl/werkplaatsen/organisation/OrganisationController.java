package nl.werkplaatsen.organisation;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.organisation.OrganisationNotes.NotesPage;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The organisation part of the GraphQL API: the national register for network
 * coordinators, a werkplaats's notes about the organisations it reaches.
 */
@Controller
class OrganisationController implements NodeResolver<Organisation> {

	private final OrganisationRepository organisations;

	private final NoteRepository notes;

	private final Tenancy tenancy;

	private final Clock clock;

	private final TeamDirectory teams;

	private final WerkplaatsDirectory werkplaatsen;

	private final OrganisationRegister register;

	OrganisationController(OrganisationRepository organisations, NoteRepository notes, Tenancy tenancy, Clock clock,
			TeamDirectory teams, WerkplaatsDirectory werkplaatsen, OrganisationNotes organisationNotes,
			BatchLoaderRegistry batchLoaders, OrganisationRegister register) {
		this.register = register;
		this.organisations = organisations;
		this.notes = notes;
		this.tenancy = tenancy;
		this.clock = clock;
		this.teams = teams;
		this.werkplaatsen = werkplaatsen;
		batchLoaders.<NotesPage, Connection<Note>>forName("organisationNotes")
			.registerMappedBatchLoader((pages, environment) -> Mono.fromCallable(() -> organisationNotes.pages(pages)));
	}

	@QueryMapping
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	Connection<Organisation> organisations(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable String search, DataFetchingEnvironment field) {
		PageRequest page = PageRequest.of(first, after, field);
		String pattern = (search != null && !search.isBlank()) ? "%" + search.strip().toLowerCase(Locale.ROOT) + "%"
				: null;
		KeysetCursor cursor = page.after();
		return this.tenancy.readNationally(() -> Connection.of(
				this.organisations.findRegisterPage(pattern, (cursor != null) ? cursor.text(0) : "",
						(cursor != null) ? cursor.uuid(1) : new UUID(0, 0), page.limitPlusOne()),
				page, () -> this.organisations.countRegister(pattern),
				(organisation) -> KeysetCursor.of(organisation.getName(), organisation.getId())));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	NotePayload organisationNoteAdd(@Argument NoteAddInput input) {
		UserErrors errors = new UserErrors();
		// Visible only when one of the caller's intakes names the organisation.
		UUID organisationId = GlobalId.idOf(input.organisationId(), "Organisation")
			.flatMap(this.organisations::findById)
			.map(Organisation::getId)
			.orElse(null);
		if (organisationId == null) {
			errors.add(UserErrorCode.NOT_FOUND, "organisationId", "No organisation your werkplaats works with.");
		}
		String body = errors.requiredText("body", input.body(), 5000);
		if (errors.any()) {
			return new NotePayload(null, errors.list());
		}
		Actor author = Actor.current();
		String subject = java.util.Objects.requireNonNull(author.subject());
		String authorName = this.teams.nameOf(author.werkplaatsId().orElseThrow(), subject)
			.orElseThrow(() -> new AccessDeniedException("Only the werkplaats's own team writes its notes"));
		return new NotePayload(
				this.notes.save(new Note(organisationId, subject, authorName, body, this.clock.instant())), List.of());
	}

	/**
	 * A page of the organisation's notes, through one batch for every organisation on the
	 * page; refused (FORBIDDEN) for callers who read no notes.
	 */
	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<Connection<Note>> notes(OrganisationNode organisation, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<NotesPage, Connection<Note>> organisationNotes,
			DataFetchingEnvironment field) {
		if (!OrganisationNotes.mayRead()) {
			throw new AccessDeniedException("Only a werkplaats's admins and coordinators and network coordinators "
					+ "read notes about organisations");
		}
		return organisationNotes.load(new NotesPage(organisation.getId(), PageRequest.of(first, after, field)));
	}

	/**
	 * What the acting werkplaats learned in its own latest intake: one werkplaats's
	 * answer, so nobody else sees it.
	 */
	@BatchMapping(typeName = "Organisation")
	Map<OrganisationNode, DigitalMaturity> digitalMaturity(List<OrganisationNode> organisations) {
		Map<UUID, DigitalMaturity> known = this.register
			.maturitiesKnown(organisations.stream().map(OrganisationNode::getId).collect(Collectors.toSet()));
		return organisations.stream()
			.filter((organisation) -> known.containsKey(organisation.getId()))
			.collect(Collectors.toMap(Function.identity(), (organisation) -> known.get(organisation.getId())));
	}

	@BatchMapping(typeName = "OrganisationNote")
	Map<Note, WerkplaatsNode> werkplaats(List<Note> notes) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(notes.stream().map(Note::getWerkplaatsId).collect(Collectors.toSet()));
		return notes.stream()
			.collect(Collectors.toMap(Function.identity(), (note) -> byId.get(note.getWerkplaatsId())));
	}

	@Override
	public java.util.Optional<Organisation> find(UUID id) {
		Actor actor = Actor.current();
		if (actor.isNetworkCoordinator()) {
			return this.tenancy.readNationally(() -> this.organisations.findById(id));
		}
		// A werkplaats's admins and coordinators see what row-level security shows their
		// werkplaats: the organisations it works with. Nobody else reads the register.
		boolean staff = actor.werkplaatsId()
			.map((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
		return staff ? this.organisations.findById(id) : java.util.Optional.empty();
	}

	@Override
	public String typeName() {
		return "Organisation";
	}

	record NoteAddInput(String organisationId, @Nullable String body) {
	}

	record NotePayload(@Nullable Note note, List<UserError> userErrors) {
	}

}
