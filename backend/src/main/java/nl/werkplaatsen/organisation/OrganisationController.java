package nl.werkplaatsen.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.CrossTenantReads;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * The organisation part of the GraphQL API: the national register for network
 * coordinators, a werkplaats's notes about the organisations it reaches.
 */
@Controller
class OrganisationController implements NodeResolver<Organisation> {

	private final OrganisationRepository organisations;

	private final NoteRepository notes;

	private final CrossTenantReads crossTenantReads;

	private final Clock clock;

	OrganisationController(OrganisationRepository organisations, NoteRepository notes,
			CrossTenantReads crossTenantReads, Clock clock) {
		this.organisations = organisations;
		this.notes = notes;
		this.crossTenantReads = crossTenantReads;
		this.clock = clock;
	}

	@QueryMapping
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	Connection<Organisation> organisations(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable String search) {
		PageRequest page = PageRequest.of(first, after);
		String pattern = (search != null && !search.isBlank()) ? "%" + search.strip().toLowerCase(Locale.ROOT) + "%"
				: null;
		KeysetCursor cursor = page.after();
		return this.crossTenantReads.read(() -> Connection.of(
				this.organisations.findPage(pattern, (cursor != null) ? cursor.text(0) : "",
						(cursor != null) ? cursor.uuid(1) : new UUID(0, 0), Limit.of(page.limitPlusOne())),
				page, this.organisations.countPage(pattern),
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
		return new NotePayload(this.notes.save(new Note(organisationId,
				java.util.Objects.requireNonNull(Actor.current().subject()), body, this.clock.instant())), List.of());
	}

	/**
	 * The notes of the werkplaats the caller acts for (staff) or of all (network
	 * coordinators).
	 */
	@BatchMapping
	Map<Organisation, List<Note>> notes(List<Organisation> organisations) {
		Actor actor = Actor.current();
		boolean staff = actor.werkplaatsId()
			.map((id) -> actor.hasTeamRoleIn(id, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
		if (!staff && !actor.isNetworkCoordinator()) {
			return organisations.stream().collect(Collectors.toMap(Function.identity(), (organisation) -> List.of()));
		}
		Map<UUID, List<Note>> byOrganisation = this.crossTenantReads
			.read(() -> this.notes.findByOrganisations(organisations.stream().map(Organisation::getId).toList()))
			.stream()
			.collect(Collectors.groupingBy(Note::getOrganisationId));
		return organisations.stream()
			.collect(Collectors.toMap(Function.identity(),
					(organisation) -> byOrganisation.getOrDefault(organisation.getId(), List.of())));
	}

	@Override
	public java.util.Optional<Organisation> find(UUID id) {
		return this.crossTenantReads.read(() -> this.organisations.findById(id));
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
