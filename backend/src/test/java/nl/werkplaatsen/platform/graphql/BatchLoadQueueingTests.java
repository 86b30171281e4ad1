package nl.werkplaatsen.platform.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch-mapped fields reach graphql-java as trivial fetchers that queue their load, and
 * their batch loads still run within the caller's werkplaats.
 */
@PlatformTest
class BatchLoadQueueingTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	GraphQlClient graphQl;

	@Test
	void everyBatchMappedFieldIsATrivialFetcherAndNoOtherControllerFieldIs() {
		List<String> batchMapped = new ArrayList<>();
		List<String> trivialElsewhere = new ArrayList<>();
		GraphQLSchema schema = this.graphQlSource.schema();
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		for (GraphQLObjectType type : schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.filter((type) -> !type.getName().startsWith("__"))
			.toList()) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				DataFetcher<?> fetcher = registry.getDataFetcher(FieldCoordinates.coordinates(type, field), field);
				String name = type.getName() + "." + field.getName();
				if (fetcher instanceof SelfDescribingDataFetcher<?> described
						&& described.getDescription().startsWith("@BatchMapping ")) {
					assertThat(fetcher).as(name).isInstanceOf(TrivialDataFetcher.class);
					batchMapped.add(name);
				}
				else if (fetcher instanceof TrivialDataFetcher<?> && fetcher instanceof SelfDescribingDataFetcher<?>) {
					trivialElsewhere.add(name);
				}
			}
		}

		assertThat(batchMapped).contains("Intake.organisation", "Intake.werkplaats", "Intake.assignee");
		assertThat(trivialElsewhere).as("controller methods that are not batch mappings").isEmpty();
		assertThat(registry.getDataFetcher(FieldCoordinates.coordinates("Intake", "baseline"),
				((GraphQLObjectType) schema.getType("Intake")).getFieldDefinition("baseline")))
			.as("a schema mapping runs application code and keeps its context")
			.isNotInstanceOf(TrivialDataFetcher.class);
	}

	@Test
	void theQueuedRelationsAreLoadedWithinTheCallersWerkplaats() {
		Response page = this.graphQl.execute(TWENTE_COORDINATOR,
				"{ intakes(first: 50) { nodes { organisation { name } werkplaats { slug } } } }");

		List<String> slugs = page.path("$.data.intakes.nodes[*].werkplaats.slug");
		List<Object> organisations = page.path("$.data.intakes.nodes[*].organisation");
		assertThat(page.errors()).isEmpty();
		assertThat(slugs).isNotEmpty().allMatch("digitale-werkplaats-twente"::equals);
		assertThat(organisations).hasSameSizeAs(slugs).doesNotContainNull();
	}

}
