package nl.werkplaatsen.ecosystem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InitiativeRepository extends Repository<Initiative, UUID> {

	Initiative saveAndFlush(Initiative initiative);

	boolean existsByImportKeyAndIdNot(String importKey, UUID id);

	Optional<Initiative> findById(UUID id);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select i from Initiative i where i.id in :ids")
	List<Initiative> findByIdIn(Collection<UUID> ids);

}
