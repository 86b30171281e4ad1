package nl.werkplaatsen.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * What other modules may read of the menus: an offer of the werkplaats the caller's
 * transaction acts for, a werkplaats's published offers, and offers by id as the caller
 * may see them.
 */
@Service
public class OfferCatalogue {

	private final OfferRepository offers;

	private final Tenancy tenancy;

	OfferCatalogue(OfferRepository offers, Tenancy tenancy) {
		this.offers = offers;
		this.tenancy = tenancy;
	}

	/** The offer with this id on the menu of the werkplaats the current work acts for. */
	@Transactional(readOnly = true)
	public Optional<MatchableOffer> findOwn(UUID id) {
		return this.offers.findById(id).map(MatchableOffer::of);
	}

	/**
	 * The title of the offer with this id on the menu of the werkplaats the work acts
	 * for.
	 */
	@Transactional(readOnly = true)
	public Optional<String> titleOf(UUID id) {
		return this.offers.findById(id).map(Offer::getTitle);
	}

	/**
	 * The published offers of the werkplaats the current work acts for, in menu order.
	 */
	@Transactional(readOnly = true)
	public List<MatchableOffer> publishedOffersOf(UUID werkplaatsId) {
		return this.offers.findPublished(werkplaatsId).stream().map(MatchableOffer::of).toList();
	}

	/**
	 * Every published offer the work can read — of all werkplaatsen when it reads
	 * nationally — by werkplaats, in menu order.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<MatchableOffer>> allPublishedByWerkplaats() {
		Map<UUID, List<MatchableOffer>> byWerkplaats = new java.util.LinkedHashMap<>();
		for (Offer offer : this.offers.findAllPublished()) {
			byWerkplaats.computeIfAbsent(offer.getWerkplaatsId(), (werkplaats) -> new java.util.ArrayList<>())
				.add(MatchableOffer.of(offer));
		}
		return byWerkplaats;
	}

	/**
	 * The offers with these ids that row-level security lets the caller see, by id, as
	 * the API shows them: for another module's field of type {@code Offer}.
	 */
	public Map<UUID, Node> nodes(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of()
				: this.tenancy.readNationally(() -> this.offers.findByIdIn(ids))
					.stream()
					.collect(Collectors.toMap(Offer::getId, Function.<Node>identity()));
	}

}
