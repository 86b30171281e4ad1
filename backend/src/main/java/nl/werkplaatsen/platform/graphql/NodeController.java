package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)}: fetches any node by global id through the resolver of its type; an
 * unknown, malformed or invisible id gives null.
 */
@Controller
class NodeController {

	private final Map<String, NodeResolver<?>> resolvers;

	NodeController(List<NodeResolver<?>> resolvers) {
		this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::typeName, Function.identity()));
	}

	@QueryMapping
	DataFetcherResult<Object> node(@Argument String id) {
		// The type is known from the id: handed on so that a Java type named otherwise
		// than its GraphQL type (a record inside a module) resolves all the same.
		return GlobalId.decode(id).flatMap((decoded) -> {
			NodeResolver<?> resolver = this.resolvers.get(decoded.typeName());
			return (resolver != null) ? resolver.find(decoded.id())
				.map((node) -> DataFetcherResult.newResult()
					.data((Object) node)
					.localContext(new NodeType(decoded.typeName()))
					.build()) : Optional.<DataFetcherResult<Object>>empty();
		}).orElseGet(() -> DataFetcherResult.newResult().data(null).build());
	}

	/**
	 * The GraphQL type of a node fetched by id, for the {@code Node} interface's type
	 * resolution.
	 *
	 * @param name the type name
	 */
	record NodeType(String name) {
	}

}
