package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WerkplaatsRepository extends Repository<Werkplaats, UUID> {

	Werkplaats save(Werkplaats werkplaats);

	Werkplaats saveAndFlush(Werkplaats werkplaats);

	Optional<Werkplaats> findById(UUID id);

	Optional<Werkplaats> findBySlug(String slug);

	/** The werkplaatsen with these ids, in one statement. */
	default List<Werkplaats> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from werkplaats where id = any(:ids)")
	List<Werkplaats> findByIdArray(UUID[] ids);

	List<Werkplaats> findByStatusOrderByName(WerkplaatsStatus status);

	boolean existsBySlug(String slug);

	@Query("""
			select w from Werkplaats w where w.status = nl.werkplaatsen.werkplaats.WerkplaatsStatus.ACTIVE
			and (:afterName is null or w.name > :afterName or (w.name = :afterName and w.id > :afterId))
			order by w.name, w.id""")
	List<Werkplaats> findActivePage(@Nullable String afterName, UUID afterId, Limit limit);

	@Query("select count(w) from Werkplaats w where w.status = nl.werkplaatsen.werkplaats.WerkplaatsStatus.ACTIVE")
	long countActive();

}
