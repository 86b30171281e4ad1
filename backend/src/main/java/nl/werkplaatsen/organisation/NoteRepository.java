package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NoteRepository extends Repository<Note, UUID> {

	Note save(Note note);

	@Query("select n from Note n where n.organisationId in :organisationIds order by n.createdAt desc, n.id")
	List<Note> findByOrganisations(Collection<UUID> organisationIds);

}
