package nl.werkplaatsen.werkplaats;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * Finds werkplaatsen as the current actor may see them: active ones for everybody,
 * archived ones for network coordinators only.
 */
@Service
@Transactional(readOnly = true)
public class WerkplaatsDirectory implements NodeResolver<Werkplaats> {

	private final WerkplaatsRepository werkplaatsen;

	WerkplaatsDirectory(WerkplaatsRepository werkplaatsen) {
		this.werkplaatsen = werkplaatsen;
	}

	/** One page of the active werkplaatsen, by name. */
	public Connection<Werkplaats> list(PageRequest page) {
		KeysetCursor after = page.after();
		String afterName = (after != null) ? after.text(0) : null;
		UUID afterId = (after != null) ? after.uuid(1) : new UUID(0, 0);
		return Connection.of(
				this.werkplaatsen.findActivePage(afterName, afterId,
						org.springframework.data.domain.Limit.of(page.limitPlusOne())),
				page, this.werkplaatsen.countActive(),
				(werkplaats) -> KeysetCursor.of(werkplaats.getName(), werkplaats.getId()));
	}

	/** All active werkplaatsen, by name: for jobs that visit each. */
	public java.util.List<Werkplaats> allActive() {
		return this.werkplaatsen.findByStatusOrderByName(WerkplaatsStatus.ACTIVE);
	}

	/** The werkplaats with this slug, if visible. */
	public Optional<Werkplaats> findBySlug(String slug) {
		return this.werkplaatsen.findBySlug(slug).filter(WerkplaatsDirectory::visible);
	}

	/** The werkplaats with this id, if visible. */
	@Override
	public Optional<Werkplaats> find(UUID id) {
		return this.werkplaatsen.findById(id).filter(WerkplaatsDirectory::visible);
	}

	/**
	 * The werkplaats of a record already visible (an event, an intake, a membership),
	 * archived or not.
	 */
	public Werkplaats referencedBy(UUID id) {
		Werkplaats werkplaats = findAll(java.util.List.of(id)).get(id);
		if (werkplaats == null) {
			throw new IllegalStateException("No werkplaats " + id);
		}
		return werkplaats;
	}

	/**
	 * The werkplaatsen with these ids, visible or not (for references from records
	 * already visible).
	 */
	public Map<UUID, Werkplaats> findAll(Collection<UUID> ids) {
		return this.werkplaatsen.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Werkplaats::getId, Function.identity()));
	}

	@Override
	public String typeName() {
		return "Werkplaats";
	}

	private static boolean visible(Werkplaats werkplaats) {
		return werkplaats.isActive() || Actor.current().isNetworkCoordinator();
	}

}
