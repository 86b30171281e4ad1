package nl.werkplaatsen.werkplaats;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * Finds werkplaatsen, as entities, for this module's own API: active ones for everybody,
 * archived ones for network coordinators only.
 */
@Service
@Transactional(readOnly = true)
class Werkplaatsen implements NodeResolver<Werkplaats> {

	private final WerkplaatsRepository werkplaatsen;

	Werkplaatsen(WerkplaatsRepository werkplaatsen) {
		this.werkplaatsen = werkplaatsen;
	}

	/** One page of the active werkplaatsen, by name. */
	Connection<Werkplaats> list(PageRequest page) {
		KeysetCursor after = page.after();
		String afterName = (after != null) ? after.text(0) : null;
		UUID afterId = (after != null) ? after.uuid(1) : new UUID(0, 0);
		return Connection.of(
				this.werkplaatsen.findActivePage(afterName, afterId,
						org.springframework.data.domain.Limit.of(page.limitPlusOne())),
				page, () -> this.werkplaatsen.countActive(),
				(werkplaats) -> KeysetCursor.of(werkplaats.getName(), werkplaats.getId()));
	}

	/** The werkplaats with this slug, if visible. */
	Optional<Werkplaats> findBySlug(String slug) {
		return this.werkplaatsen.findBySlug(slug).filter(Werkplaatsen::visible);
	}

	/** The werkplaats with this id, if visible. */
	@Override
	public Optional<Werkplaats> find(UUID id) {
		return this.werkplaatsen.findById(id).filter(Werkplaatsen::visible);
	}

	@Override
	public String typeName() {
		return "Werkplaats";
	}

	private static boolean visible(Werkplaats werkplaats) {
		return werkplaats.isActive() || Actor.current().isNetworkCoordinator();
	}

}
