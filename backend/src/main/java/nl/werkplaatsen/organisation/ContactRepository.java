package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContactRepository extends Repository<Contact, UUID> {

	Contact save(Contact contact);

	// JPQL, so that Hibernate's tenant filter applies (a native query skips it).
	// Hibernate caches no plan for an 'in' list nor while a filter is on: it is
	// interpreted per call.
	@Query("select c from Contact c where c.id in :ids")
	List<Contact> findByIdIn(Collection<UUID> ids);

	java.util.Optional<Contact> findById(UUID id);

	/** The organisation's newest contact in the werkplaats the session acts for. */
	java.util.Optional<Contact> findFirstByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

	java.util.List<Contact> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

}
