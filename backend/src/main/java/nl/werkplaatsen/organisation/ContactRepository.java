package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContactRepository extends Repository<Contact, UUID> {

	Contact save(Contact contact);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select c from Contact c where c.id in :ids")
	List<Contact> findByIdIn(Collection<UUID> ids);

	java.util.Optional<Contact> findById(UUID id);

	/** The organisation's newest contact in the werkplaats the session acts for. */
	java.util.Optional<Contact> findFirstByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

	java.util.List<Contact> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

}
