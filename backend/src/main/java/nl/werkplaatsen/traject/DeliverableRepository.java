package nl.werkplaatsen.traject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DeliverableRepository extends Repository<Deliverable, UUID> {

	Optional<Deliverable> findById(UUID id);

	Deliverable save(Deliverable deliverable);

	@Query("select d from Deliverable d where d.trajectId in :trajectIds order by d.deliveredOn, d.id")
	List<Deliverable> findByTrajectIds(Collection<UUID> trajectIds);

}
