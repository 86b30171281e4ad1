package nl.werkplaatsen.platform.graphql;

import java.util.UUID;

/**
 * A Java type exposed as a GraphQL {@code Node}: its global id is derived from this
 * database id.
 */
public interface Node {

	/** The database id. */
	UUID getId();

}
