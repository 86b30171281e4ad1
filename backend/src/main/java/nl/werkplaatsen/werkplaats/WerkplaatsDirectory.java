package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TenancyGeneration;

/**
 * The werkplaatsen as other modules see them: cards (records) with the name, slug,
 * branding and contact, and nodes to hand on as the API's {@code Werkplaats}; active ones
 * for everybody, archived ones for network coordinators only.
 */
@Service
@Transactional(readOnly = true)
public class WerkplaatsDirectory {

	private final WerkplaatsRepository werkplaatsen;

	// Twenty rows that every list of intakes, offers, events or members refers to, and
	// that change a few times a year: each werkplaats change bumps the tenancy
	// generation (changeset werkplaats:7), which outdates these.
	private final TenancyGeneration.Cached<UUID, WerkplaatsNode> nodes;

	WerkplaatsDirectory(WerkplaatsRepository werkplaatsen, TenancyGeneration generation) {
		this.werkplaatsen = werkplaatsen;
		this.nodes = generation.cache(1_000);
	}

	/** All active werkplaatsen, by name: for jobs that visit each. */
	public List<WerkplaatsCard> allActive() {
		return this.werkplaatsen.findByStatusOrderByName(WerkplaatsStatus.ACTIVE)
			.stream()
			.map(WerkplaatsCard::of)
			.toList();
	}

	/** The werkplaats with this slug, if visible. */
	public Optional<WerkplaatsCard> findBySlug(String slug) {
		return this.werkplaatsen.findBySlug(slug).filter(WerkplaatsDirectory::visible).map(WerkplaatsCard::of);
	}

	/** The werkplaats with this id, if visible. */
	public Optional<WerkplaatsCard> find(UUID id) {
		return this.werkplaatsen.findById(id).filter(WerkplaatsDirectory::visible).map(WerkplaatsCard::of);
	}

	/**
	 * The werkplaats of a record already visible (an event, an intake, a membership),
	 * archived or not.
	 */
	public WerkplaatsCard referencedBy(UUID id) {
		return this.werkplaatsen.findByIdIn(List.of(id))
			.stream()
			.findFirst()
			.map(WerkplaatsCard::of)
			.orElseThrow(() -> new IllegalStateException("No werkplaats " + id));
	}

	/**
	 * The werkplaatsen with these ids, visible or not (for references from records
	 * already visible), by id, as the API shows them: for another module's field of type
	 * {@code Werkplaats}.
	 */
	public Map<UUID, WerkplaatsNode> nodes(Collection<UUID> ids) {
		return this.nodes.getAll(ids,
				(missing) -> this.werkplaatsen.findByIdIn(missing)
					.stream()
					.collect(Collectors.toMap(Werkplaats::getId, WerkplaatsSnapshot::of)));
	}

	private static boolean visible(Werkplaats werkplaats) {
		return werkplaats.isActive() || Actor.current().isNetworkCoordinator();
	}

}
