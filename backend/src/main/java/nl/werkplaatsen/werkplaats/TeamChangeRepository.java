package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TeamChangeRepository extends Repository<TeamChange, UUID> {

	TeamChange save(TeamChange change);

	@Query("select c from TeamChange c where c.werkplaatsId = :werkplaatsId order by c.changedAt desc, c.id desc")
	List<TeamChange> findLatest(UUID werkplaatsId, Limit limit);

}
