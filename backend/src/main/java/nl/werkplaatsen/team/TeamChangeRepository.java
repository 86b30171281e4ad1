package nl.werkplaatsen.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TeamChangeRepository extends Repository<TeamChange, UUID> {

	TeamChange save(TeamChange change);

	Optional<TeamChange> findById(UUID id);

	@Query("""
			select c from TeamChange c where c.werkplaatsId = :werkplaatsId
			and (c.changedAt < :beforeAt or (c.changedAt = :beforeAt and c.id < :beforeId))
			order by c.changedAt desc, c.id desc""")
	List<TeamChange> findPage(UUID werkplaatsId, Instant beforeAt, UUID beforeId, Limit limit);

	long countByWerkplaatsId(UUID werkplaatsId);

}
