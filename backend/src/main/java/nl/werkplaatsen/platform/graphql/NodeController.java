package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
	Optional<? extends Node> node(@Argument String id) {
		return GlobalId.decode(id).flatMap((decoded) -> {
			NodeResolver<?> resolver = this.resolvers.get(decoded.typeName());
			return (resolver != null) ? resolver.find(decoded.id()) : Optional.empty();
		});
	}

}
