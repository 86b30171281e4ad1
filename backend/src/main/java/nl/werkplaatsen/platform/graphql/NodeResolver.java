package nl.werkplaatsen.platform.graphql;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Finds the nodes of one GraphQL type for {@code node(id:)}, within what the current
 * actor may see; each module registers one per {@code Node} type it owns.
 *
 * @param <T> the node's Java type
 */
public interface NodeResolver<T extends Node> {

	/** The GraphQL type name this resolver serves. */
	String typeName();

	/** The node with the given database id, if the current actor may see it. */
	Optional<T> find(UUID id);

	/** A resolver for the named type that finds its nodes with the given function. */
	static <T extends Node> NodeResolver<T> of(String typeName, Function<UUID, Optional<T>> find) {
		return new NodeResolver<>() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public Optional<T> find(UUID id) {
				return find.apply(id);
			}

		};
	}

}
