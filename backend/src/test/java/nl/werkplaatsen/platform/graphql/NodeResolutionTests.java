package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node(id:)} answers for every type that implements {@code Node}, within what the
 * caller may see.
 */
@PlatformTest
class NodeResolutionTests {

	private static final String NODE = "query($id: ID!) { node(id: $id) { id __typename } }";

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	List<NodeResolver<?>> resolvers;

	@Autowired
	GraphQlClient graphQl;

	@Test
	void everyNodeTypeHasAResolver() {
		Set<String> nodeTypes = this.graphQlSource.schema()
			.getImplementations((GraphQLInterfaceType) this.graphQlSource.schema().getType("Node"))
			.stream()
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toSet());

		assertThat(nodeTypes).isNotEmpty();
		assertThat(this.resolvers.stream().map(NodeResolver::typeName).collect(Collectors.toSet()))
			.containsAll(nodeTypes);
	}

	@Test
	void resolvesInstitutionsAndProgrammesForEverybody() {
		Response register = this.graphQl.execute(ANONYMOUS, "{ institutions { id programmes { id } } }");
		String institution = register.path("$.data.institutions[0].id");
		String programme = register.path("$.data.institutions[0].programmes[0].id");

		assertThat(node(ANONYMOUS, institution)).isEqualTo(Map.of("id", institution, "__typename", "Institution"));
		assertThat(node(ANONYMOUS, programme)).isEqualTo(Map.of("id", programme, "__typename", "Programme"));
	}

	@Test
	void resolvesRegistrationsForTheEventsWerkplaatsOnly() {
		Response events = this.graphQl.execute(WOO_COORDINATOR,
				"{ werkplaats(slug: \"werkplaats-online-ondernemen\") { upcomingEvents { registrations(first: 1) "
						+ "{ nodes { id } } } } }");
		String registration = events.path("$.data.werkplaats.upcomingEvents[0].registrations.nodes[0].id");
		assertThat(registration).isNotNull();

		assertThat(node(WOO_COORDINATOR, registration))
			.isEqualTo(Map.of("id", registration, "__typename", "Registration"));
		assertThat(node(TWENTE_COORDINATOR, registration)).isNull();
		assertThat(node(ANONYMOUS, registration)).isNull();
	}

	private Map<String, Object> node(nl.werkplaatsen.support.Persona persona, String id) {
		Response response = this.graphQl.execute(persona, NODE, Map.of("id", id));
		assertThat(response.errors()).isEmpty();
		return response.path("$.data.node");
	}

}
