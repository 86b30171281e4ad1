package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ConsortiumPartnerRepository extends Repository<ConsortiumPartner, UUID> {

	ConsortiumPartner save(ConsortiumPartner partner);

	@Query("select p from ConsortiumPartner p where p.werkplaatsId in :werkplaatsIds order by p.werkplaatsId, p.position, p.id")
	List<ConsortiumPartner> findByWerkplaatsIds(Collection<UUID> werkplaatsIds);

	@Modifying
	@Query("delete from ConsortiumPartner p where p.werkplaatsId = :werkplaatsId")
	void deleteByWerkplaatsId(UUID werkplaatsId);

}
