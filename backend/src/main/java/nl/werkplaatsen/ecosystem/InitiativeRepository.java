package nl.werkplaatsen.ecosystem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

interface InitiativeRepository extends Repository<Initiative, UUID> {

	Initiative saveAndFlush(Initiative initiative);

	boolean existsByImportKeyAndIdNot(String importKey, UUID id);

	Optional<Initiative> findById(UUID id);

	/** The initiatives with these ids, in one statement. */
	default List<Initiative> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from initiative where id = any(:ids)")
	List<Initiative> findByIdArray(UUID[] ids);

}
