package nl.werkplaatsen.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegistrationRepository extends Repository<Registration, UUID> {

	Registration save(Registration registration);

	Optional<Registration> findById(UUID id);

	long countByEventId(UUID eventId);

	Optional<Registration> findFirstByEventIdAndEmailIgnoreCase(UUID eventId, String email);

	@Query("""
			select r from Registration r where r.eventId = :eventId
			and (r.registeredAt > :afterAt or (r.registeredAt = :afterAt and r.id > :afterId))
			order by r.registeredAt, r.id""")
	List<Registration> findPage(UUID eventId, Instant afterAt, UUID afterId, Limit limit);

}
