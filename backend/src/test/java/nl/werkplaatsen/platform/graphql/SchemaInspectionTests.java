package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A schema field without a data fetcher stops the application from starting, so the SDL
 * and the controllers cannot drift apart unnoticed.
 */
class SchemaInspectionTests {

	@Test
	void failsOnAFieldNoControllerMaps() {
		GraphQlSource.SchemaResourceBuilder builder = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource("type Query { forgotten: String }".getBytes(StandardCharsets.UTF_8),
					"forgotten.graphqls"));
		new GraphQlConfiguration().nodeIdsAndInspection(true).customize(builder);

		assertThatIllegalStateException().isThrownBy(builder::build).withMessageContaining("forgotten");
	}

}
