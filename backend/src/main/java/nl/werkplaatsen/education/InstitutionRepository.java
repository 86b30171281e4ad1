package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InstitutionRepository extends Repository<Institution, UUID> {

	Institution save(Institution entity);

	Optional<Institution> findById(UUID id);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select i from Institution i where i.id in :ids")
	List<Institution> findByIdIn(Collection<UUID> ids);

	boolean existsByBrinCode(String brinCode);

	List<Institution> findAllByOrderByName();

}
