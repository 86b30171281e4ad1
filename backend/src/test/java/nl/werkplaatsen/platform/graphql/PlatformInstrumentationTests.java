package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformInstrumentationTests {

	private final List<String> observed = new CopyOnWriteArrayList<>();

	private final GraphQL graphQl;

	PlatformInstrumentationTests() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				PlatformInstrumentationTests.this.observed.add(context.getContextualName());
			}
		});
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
				type Query { intakes: [Intake] }
				type Intake { reference: String organisation: Organisation }
				type Organisation { name: String }
				"""),
				RuntimeWiring.newRuntimeWiring()
					.type("Query",
							(type) -> type.dataFetcher("intakes",
									(environment) -> List.of(Map.of("reference", "A"), Map.of("reference", "B"))))
					.type("Intake", (type) -> type.dataFetcher("organisation", (environment) -> Map.of("name", "X")))
					.build());
		this.graphQl = GraphQL.newGraphQL(schema)
			.instrumentation(new PlatformInstrumentation(registry, new SimplePerformantInstrumentation(),
					new SimplePerformantInstrumentation()))
			.build();
	}

	@Test
	void observesTheRequestAndItsRootFieldsNotEachNestedField() {
		ExecutionResult result = this.graphQl.execute("{ intakes { reference organisation { name } } }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(this.observed).containsExactlyInAnyOrder("graphql field intakes", "graphql query");
	}

	@Test
	void leavesATrivialFetchersEnvironmentUnbuilt() {
		AtomicInteger built = new AtomicInteger();
		DataFetcher<Object> property = (environment) -> "A";
		PlatformInstrumentation instrumentation = new PlatformInstrumentation(ObservationRegistry.create(),
				new SimplePerformantInstrumentation(), new SimplePerformantInstrumentation());

		DataFetcher<?> trivial = instrumentation.instrumentDataFetcher(property,
				new InstrumentationFieldFetchParameters(null, () -> {
					built.incrementAndGet();
					throw new IllegalStateException("built");
				}, null, true), null);

		assertThat(trivial).isSameAs(property);
		assertThat(built).hasValue(0);
	}

}
