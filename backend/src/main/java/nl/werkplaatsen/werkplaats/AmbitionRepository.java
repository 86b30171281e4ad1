package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AmbitionRepository extends Repository<Ambition, UUID> {

	Ambition save(Ambition ambition);

	List<Ambition> findByWerkplaatsIdOrderByYear(UUID werkplaatsId);

	@Query("select a from Ambition a where a.werkplaatsId in :werkplaatsIds order by a.year")
	List<Ambition> findOfWerkplaatsen(Collection<UUID> werkplaatsIds);

	Optional<Ambition> findByWerkplaatsIdAndYear(UUID werkplaatsId, int year);

}
