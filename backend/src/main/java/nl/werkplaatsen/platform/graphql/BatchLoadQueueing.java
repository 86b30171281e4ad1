package nl.werkplaatsen.platform.graphql;

import java.lang.reflect.Method;
import java.util.Map;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * The fields of {@code @BatchMapping} methods, marked for graphql-java and Spring for
 * GraphQL as the trivial fetchers they are: each only queues its source object on the
 * request's data loader.
 *
 * <p>
 * Undecorated, such a field skips the per-call work that Spring for GraphQL puts around
 * every other fetcher: a snapshot of the request's context, its thread locals set and
 * reset, and a look at whether the answer is reactive. A page of 50 intakes with three
 * relations queues 150 loads, and that work around them was 5 % of the list's CPU, for
 * nothing: queueing runs no application code, and the batch load itself, where the mapped
 * method runs, restores the request's context on its own. Fields of other fetchers,
 * schema mappings included, keep the decoration; this visitor runs before Spring's, which
 * leaves trivial fetchers as they are.
 */
final class BatchLoadQueueing extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates((GraphQLFieldsContainer) context.getParentNode(),
				field);
		if (registry.getDataFetcher(coordinates, field) instanceof SelfDescribingDataFetcher<?> fetcher
				&& isBatchMapping(fetcher)) {
			registry.dataFetcher(coordinates, new Queueing<>(fetcher));
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * Whether the fetcher is Spring for GraphQL's for a batch mapping, which does nothing
	 * but queue a load; a schema mapping that takes a DataLoader runs application code,
	 * so it is not one.
	 */
	static boolean isBatchMapping(SelfDescribingDataFetcher<?> fetcher) {
		return fetcher.usesDataLoader() && fetcher.getDescription().startsWith("@BatchMapping ");
	}

	/** A batch mapping's own fetcher, marked trivial and otherwise unchanged. */
	record Queueing<T>(
			SelfDescribingDataFetcher<T> batchMapping) implements SelfDescribingDataFetcher<T>, TrivialDataFetcher<T> {

		@Override
		public @Nullable T get(DataFetchingEnvironment environment) throws Exception {
			return this.batchMapping.get(environment);
		}

		@Override
		public String getDescription() {
			return this.batchMapping.getDescription();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.batchMapping.getReturnType();
		}

		@Override
		public @Nullable Method asMethod() {
			return this.batchMapping.asMethod();
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return this.batchMapping.getArguments();
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

}
