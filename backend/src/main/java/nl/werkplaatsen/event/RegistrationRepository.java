package nl.werkplaatsen.event;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegistrationRepository extends Repository<Registration, UUID> {

	Registration save(Registration registration);

	Optional<Registration> findById(UUID id);

	long countByEventId(UUID eventId);

	Optional<Registration> findFirstByEventIdAndEmailIgnoreCase(UUID eventId, String email);

	/**
	 * Up to {@code perEvent} registrations of each event after the keyset, in order of
	 * registering: one statement for a whole page of events.
	 */
	@NativeQuery("""
			select ranked.id, ranked.attended, ranked.consent_given_at, ranked.consent_text_version, ranked.email,
			       ranked.event_id, ranked.kvk_number, ranked.name, ranked.organisation_name, ranked.registered_at,
			       ranked.survey_consent_at, ranked.version, ranked.werkplaats_id
			from (select r.*, row_number() over (partition by r.event_id order by r.registered_at, r.id) as position
			      from event_registration r
			      where r.event_id in (:eventIds)
			      and (r.registered_at > :afterAt or (r.registered_at = :afterAt and r.id > :afterId))) ranked
			where ranked.position <= :perEvent
			order by ranked.event_id, ranked.registered_at, ranked.id""")
	List<Registration> findFirstPerEvent(Collection<UUID> eventIds, Instant afterAt, UUID afterId, int perEvent);

	@Query("""
			select r.eventId as eventId, count(r) as registrations from Registration r
			where r.eventId in :eventIds group by r.eventId""")
	List<RegistrationCount> countPerEvent(Collection<UUID> eventIds);

	/** How many registered for an event. */
	interface RegistrationCount {

		UUID getEventId();

		long getRegistrations();

	}

	@Query("""
			select r from Registration r where r.eventId = :eventId
			and (r.registeredAt > :afterAt or (r.registeredAt = :afterAt and r.id > :afterId))
			order by r.registeredAt, r.id""")
	List<Registration> findPage(UUID eventId, Instant afterAt, UUID afterId, Limit limit);

}
