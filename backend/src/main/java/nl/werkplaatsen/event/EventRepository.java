package nl.werkplaatsen.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<Event, UUID> {

	Event save(Event event);

	Optional<Event> findById(UUID id);

	/**
	 * The event, locked until the transaction ends: registrations queue for the last
	 * place.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> findForRegistration(UUID id);

	@Query("""
			select e from Event e where e.werkplaatsId = :werkplaatsId and (:includePast = true or e.startsAt >= :now)
			and (e.startsAt > :afterStart or (e.startsAt = :afterStart and e.id > :afterId))
			order by e.startsAt, e.id""")
	List<Event> findAgendaPage(UUID werkplaatsId, boolean includePast, Instant now, Instant afterStart, UUID afterId,
			Limit limit);

	@Query("""
			select count(e) from Event e where e.werkplaatsId = :werkplaatsId
			and (:includePast = true or e.startsAt >= :now)""")
	long countAgenda(UUID werkplaatsId, boolean includePast, Instant now);

	@Query(nativeQuery = true, value = """
			select e.* from event e join (
			  select id, row_number() over (partition by werkplaats_id order by starts_at, id) as position
			  from event where werkplaats_id in (:werkplaatsIds) and starts_at >= :now and status = 'SCHEDULED'
			) ranked on ranked.id = e.id where ranked.position <= :perWerkplaats
			order by e.werkplaats_id, e.starts_at, e.id""")
	List<Event> findUpcoming(Collection<UUID> werkplaatsIds, Instant now, int perWerkplaats);

}
