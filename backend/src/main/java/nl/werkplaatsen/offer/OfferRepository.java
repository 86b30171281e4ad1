package nl.werkplaatsen.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OfferRepository extends Repository<Offer, UUID> {

	Offer save(Offer offer);

	Optional<Offer> findById(UUID id);

	@Query("""
			select o from Offer o where o.werkplaatsId = :werkplaatsId
			and (:includeDrafts = true or o.status = nl.werkplaatsen.offer.OfferStatus.PUBLISHED)
			and (o.displayOrder > :afterOrder or (o.displayOrder = :afterOrder and o.id > :afterId))
			order by o.displayOrder, o.id""")
	List<Offer> findMenuPage(UUID werkplaatsId, boolean includeDrafts, int afterOrder, UUID afterId, Limit limit);

	@Query("""
			select count(o) from Offer o where o.werkplaatsId = :werkplaatsId
			and (:includeDrafts = true or o.status = nl.werkplaatsen.offer.OfferStatus.PUBLISHED)""")
	long countMenu(UUID werkplaatsId, boolean includeDrafts);

	@Query("select coalesce(max(o.displayOrder), 0) from Offer o where o.werkplaatsId = :werkplaatsId")
	int findLastDisplayOrder(UUID werkplaatsId);

}
