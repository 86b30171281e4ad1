package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgrammeRepository extends Repository<Programme, UUID> {

	Programme save(Programme entity);

	Optional<Programme> findById(UUID id);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select p from Programme p where p.id in :ids")
	List<Programme> findByIdIn(Collection<UUID> ids);

	List<Programme> findByInstitutionIdInOrderByName(Collection<UUID> institutionIds);

	boolean existsByInstitutionIdAndNameIgnoreCase(UUID institutionId, String name);

}
