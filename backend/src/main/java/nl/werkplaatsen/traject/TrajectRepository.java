package nl.werkplaatsen.traject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import nl.werkplaatsen.taxonomy.AcademicPeriod;

interface TrajectRepository extends Repository<Traject, UUID> {

	Traject save(Traject traject);

	Optional<Traject> findById(UUID id);

	// JPQL, so that Hibernate's tenant filter applies (a native query skips it).
	// Hibernate caches no plan for an 'in' list nor while a filter is on: it is
	// interpreted per call.
	@Query("select t from Traject t where t.id in :ids")
	List<Traject> findByIdIn(Collection<UUID> ids);

	List<Traject> findByIntakeIdIn(Collection<UUID> intakeIds);

	boolean existsByIntakeIdAndStatusNot(UUID intakeId, TrajectStatus status);

	/**
	 * The open trajecten not yet flagged stale whose last activity was before this time:
	 * only the ones to flag, not every open traject of the werkplaats.
	 */
	@Query("""
			select t from Traject t where t.status in (nl.werkplaatsen.traject.TrajectStatus.PLANNED,
			  nl.werkplaatsen.traject.TrajectStatus.RUNNING, nl.werkplaatsen.traject.TrajectStatus.DELIVERED)
			and t.staleSince is null and t.lastActivityAt < :before""")
	List<Traject> findOpenNotStaleWithoutActivitySince(Instant before);

	/** Per offer and academic period (none: every period), how many are active. */
	@Query("""
			select t.offerId as offerId, t.academicPeriod as period, count(t) as active from Traject t
			where t.status in (nl.werkplaatsen.traject.TrajectStatus.PLANNED, nl.werkplaatsen.traject.TrajectStatus.RUNNING)
			group by t.offerId, t.academicPeriod""")
	List<ActivePerPeriod> countActivePerOfferAndPeriod();

	/** How many active trajecten an offer has in a period. */
	interface ActivePerPeriod {

		UUID getOfferId();

		@Nullable AcademicPeriod getPeriod();

		long getActive();

	}

}
