package nl.werkplaatsen.team;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import nl.werkplaatsen.platform.tenancy.TeamRole;

interface MembershipRepository extends Repository<Membership, UUID> {

	Membership save(Membership membership);

	java.util.Optional<Membership> findById(UUID id);

	/** The memberships with these ids, in one statement. */
	default List<Membership> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	// Without the Hibernate tenant filter: read nationally (see TeamDirectory), row-level
	// security decides.
	@NativeQuery("select * from membership where id = any(:ids)")
	List<Membership> findByIdArray(UUID[] ids);

	@Query("""
			select m from Membership m where m.werkplaatsId = :werkplaatsId
			and (:afterName is null or m.name > :afterName or (m.name = :afterName and m.id > :afterId))
			order by m.name, m.id""")
	List<Membership> findTeamPage(UUID werkplaatsId, @Nullable String afterName, UUID afterId, Limit limit);

	long countByWerkplaatsId(UUID werkplaatsId);

	List<Membership> findByWerkplaatsIdOrderByName(UUID werkplaatsId);

	/**
	 * The werkplaats's admins, locked until the transaction ends (in id order, so two
	 * changes never lock each other out): a concurrent demotion or removal waits, then
	 * sees the admins that are left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select m from Membership m where m.werkplaatsId = :werkplaatsId
			and m.role = nl.werkplaatsen.platform.tenancy.TeamRole.ADMIN and m.acceptedAt is not null order by m.id""")
	List<Membership> lockAdmins(UUID werkplaatsId);

	void delete(Membership membership);

	boolean existsByWerkplaatsIdAndSubject(UUID werkplaatsId, String subject);

	java.util.Optional<Membership> findByWerkplaatsIdAndSubject(UUID werkplaatsId, String subject);

}
