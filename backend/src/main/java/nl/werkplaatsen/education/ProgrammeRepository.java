package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProgrammeRepository extends Repository<Programme, UUID> {

	Programme save(Programme entity);

	Optional<Programme> findById(UUID id);

	List<Programme> findByIdIn(Collection<UUID> ids);

	List<Programme> findByInstitutionIdInOrderByName(Collection<UUID> institutionIds);

	boolean existsByInstitutionIdAndNameIgnoreCase(UUID institutionId, String name);

}
