package nl.werkplaatsen.platform;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the local profile GraphiQL's introspection query gets through every limit.
 */
@PlatformTest
@ActiveProfiles("local")
class LocalProfileTests {

	@Autowired
	GraphQlClient graphQl;

	@Test
	void admitsTheIntrospectionQuery() {
		Response response = this.graphQl.execute(ANONYMOUS, IntrospectionQuery.INTROSPECTION_QUERY);

		assertThat(response.errors()).isEmpty();
		assertThat(response.<String>path("$.data.__schema.queryType.name")).isEqualTo("Query");
	}

}
