package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AmbitionRepository extends Repository<Ambition, UUID> {

	Ambition save(Ambition ambition);

	List<Ambition> findByWerkplaatsIdOrderByYear(UUID werkplaatsId);

	Optional<Ambition> findByWerkplaatsIdAndYear(UUID werkplaatsId, int year);

}
