package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

interface InstitutionRepository extends Repository<Institution, UUID> {

	Institution save(Institution entity);

	Optional<Institution> findById(UUID id);

	/** The institutions with these ids, in one statement. */
	default List<Institution> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from institution where id = any(:ids)")
	List<Institution> findByIdArray(UUID[] ids);

	boolean existsByBrinCode(String brinCode);

	List<Institution> findAllByOrderByName();

}
