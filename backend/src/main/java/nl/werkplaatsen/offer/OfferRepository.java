package nl.werkplaatsen.offer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OfferRepository extends Repository<Offer, UUID> {

	Offer save(Offer offer);

	Optional<Offer> findById(UUID id);

	// JPQL, so that Hibernate's tenant filter applies (a native query skips it).
	// Hibernate caches no plan for an 'in' list nor while a filter is on: it is
	// interpreted per call.
	@Query("select o from Offer o where o.id in :ids")
	List<Offer> findByIdIn(Collection<UUID> ids);

	@Query("""
			select o from Offer o where o.werkplaatsId = :werkplaatsId
			and o.status = nl.werkplaatsen.offer.OfferStatus.PUBLISHED order by o.displayOrder, o.id""")
	List<Offer> findPublished(UUID werkplaatsId);

	@Query("""
			select o from Offer o where o.status = nl.werkplaatsen.offer.OfferStatus.PUBLISHED
			order by o.werkplaatsId, o.displayOrder, o.id""")
	List<Offer> findAllPublished();

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

	@Query(nativeQuery = true, value = """
			select o.* from offer o join (
			  select id, row_number() over (partition by werkplaats_id order by display_order, id) as position
			  from offer where werkplaats_id in (:werkplaatsIds)
			  and (status = 'PUBLISHED' or werkplaats_id in (:withDrafts))
			) ranked on ranked.id = o.id
			where ranked.position <= :perWerkplaats
			order by o.werkplaats_id, o.display_order, o.id""")
	List<Offer> findFirstMenuPages(Collection<UUID> werkplaatsIds, Collection<UUID> withDrafts, int perWerkplaats);

	@Query(nativeQuery = true, value = """
			select werkplaats_id as werkplaatsId, count(*) as offers from offer where werkplaats_id in (:werkplaatsIds)
			and (status = 'PUBLISHED' or werkplaats_id in (:withDrafts)) group by werkplaats_id""")
	List<MenuCount> countMenus(Collection<UUID> werkplaatsIds, Collection<UUID> withDrafts);

	/** How many offers a werkplaats's menu has. */
	interface MenuCount {

		UUID getWerkplaatsId();

		long getOffers();

	}

	@Query("select coalesce(max(o.displayOrder), 0) from Offer o where o.werkplaatsId = :werkplaatsId")
	int findLastDisplayOrder(UUID werkplaatsId);

}
