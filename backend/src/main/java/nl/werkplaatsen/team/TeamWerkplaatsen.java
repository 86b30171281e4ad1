package nl.werkplaatsen.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the team module needs to know of a werkplaats — provided by the werkplaats module,
 * which depends on the team and not the other way round.
 */
public interface TeamWerkplaatsen {

	/** The werkplaats with this id, archived or not, if it exists. */
	Optional<TeamWerkplaats> find(UUID id);

	/**
	 * A werkplaats as a team sees it.
	 *
	 * @param id its id
	 * @param slug its slug
	 * @param active whether it is active (not archived)
	 * @param origins the web origins of its website and custom domain, where an invited
	 * person lands after choosing a password
	 */
	record TeamWerkplaats(UUID id, String slug, boolean active, List<String> origins) {
	}

}
