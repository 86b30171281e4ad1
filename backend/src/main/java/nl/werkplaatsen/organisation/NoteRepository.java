package nl.werkplaatsen.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NoteRepository extends Repository<Note, UUID> {

	Optional<Note> findById(UUID id);

	Note save(Note note);

	/**
	 * Up to {@code perOrganisation} notes of each organisation before the keyset, newest
	 * first: one statement for a whole page of organisations.
	 */
	@NativeQuery("""
			select ranked.id, ranked.werkplaats_id, ranked.organisation_id, ranked.author_subject, ranked.author_name,
			       ranked.body, ranked.created_at
			from (select n.*, row_number() over (partition by n.organisation_id
			                                     order by n.created_at desc, n.id desc) as position
			      from organisation_note n
			      where n.organisation_id in (:organisationIds)
			      and (n.created_at < :beforeAt or (n.created_at = :beforeAt and n.id < :beforeId))) ranked
			where ranked.position <= :perOrganisation
			order by ranked.organisation_id, ranked.created_at desc, ranked.id desc""")
	List<Note> findFirstPerOrganisation(Collection<UUID> organisationIds, Instant beforeAt, UUID beforeId,
			int perOrganisation);

	@Query("""
			select n.organisationId as organisationId, count(n) as notes from Note n
			where n.organisationId in :organisationIds group by n.organisationId""")
	List<NoteCount> countPerOrganisation(Collection<UUID> organisationIds);

	/** How many notes an organisation has. */
	interface NoteCount {

		UUID getOrganisationId();

		long getNotes();

	}

}
