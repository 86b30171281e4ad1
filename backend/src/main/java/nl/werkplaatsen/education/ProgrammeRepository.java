package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

interface ProgrammeRepository extends Repository<Programme, UUID> {

	Programme save(Programme entity);

	Optional<Programme> findById(UUID id);

	/** The programmes with these ids, in one statement. */
	default List<Programme> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from programme where id = any(:ids)")
	List<Programme> findByIdArray(UUID[] ids);

	List<Programme> findByInstitutionIdInOrderByName(Collection<UUID> institutionIds);

	boolean existsByInstitutionIdAndNameIgnoreCase(UUID institutionId, String name);

}
