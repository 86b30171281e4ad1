package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.PagesPerParent;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * The notes werkplaatsen keep about the organisations they work with, a page per
 * organisation: a werkplaats's admins and coordinators read their own, network
 * coordinators all of them (row-level security decides which rows).
 */
@Service
class OrganisationNotes {

	private final NoteRepository notes;

	private final Tenancy tenancy;

	OrganisationNotes(NoteRepository notes, Tenancy tenancy) {
		this.notes = notes;
		this.tenancy = tenancy;
	}

	/** Whether the current caller reads notes at all. */
	static boolean mayRead() {
		Actor actor = Actor.current();
		return actor.isNetworkCoordinator() || actor.werkplaatsId()
			.map((id) -> actor.hasTeamRoleIn(id, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
	}

	/**
	 * The asked page of notes of each organisation, in two statements (one if no count is
	 * asked for) for all pages that share a size and cursor (the usual case: the first
	 * page of every organisation in a list).
	 */
	Map<NotesPage, Connection<Note>> pages(Collection<NotesPage> pages) {
		return PagesPerParent.read(pages, NotesPage::organisationId, NotesPage::page,
				(page, organisationIds) -> this.tenancy.readNationally(() -> new PagesPerParent.Rows<>(
						this.notes.findFirstPerOrganisation(organisationIds, page.instantBefore(0), page.idBefore(1),
								page.limitPlusOne()),
						page.countWanted() ? this.notes.countPerOrganisation(organisationIds)
							.stream()
							.collect(Collectors.toMap(NoteRepository.NoteCount::getOrganisationId,
									NoteRepository.NoteCount::getNotes))
								: Map.of())),
				Note::getOrganisationId, (note) -> KeysetCursor.of(note.getCreatedAt().toString(), note.getId()));
	}

	/**
	 * One organisation's page of notes, as asked for in a query.
	 *
	 * @param organisationId the organisation
	 * @param page the page size and cursor
	 */
	record NotesPage(UUID organisationId, PageRequest page) {
	}

}
