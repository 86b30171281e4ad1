package nl.werkplaatsen.ecosystem;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * What other modules may know of the ecosystem map's initiatives: find an active one to
 * refer to, and show initiatives in their own fields.
 */
@Service
public class Initiatives {

	private final InitiativeRepository initiatives;

	Initiatives(InitiativeRepository initiatives) {
		this.initiatives = initiatives;
	}

	/** The active initiative with this id. */
	@Transactional(readOnly = true)
	public Optional<InitiativeCard> findActive(UUID id) {
		return this.initiatives.findById(id)
			.filter((initiative) -> !initiative.isArchived())
			.map((initiative) -> new InitiativeCard(initiative.getId(), initiative.getName()));
	}

	/**
	 * The initiatives with these ids, archived or not, as the API shows them: for another
	 * module's field of type {@code Initiative}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Node> nodes(Collection<UUID> ids) {
		return this.initiatives.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Initiative::getId, Function.<Node>identity()));
	}

	/**
	 * An initiative as other modules see it.
	 *
	 * @param id the initiative
	 * @param name its name
	 */
	public record InitiativeCard(UUID id, String name) {
	}

}
