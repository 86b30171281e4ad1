package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The platform's one GraphQL instrumentation: requests and data fetchers observed, and
 * the document's limits checked before its operation runs.
 *
 * <p>
 * Data fetchers are observed for root fields, not for every nested one. One
 * instrumentation, not a chain: graphql-java asks each member of a chain at every field,
 * its state looked up per member, which cost 4 % of a nested list's CPU for members that
 * look only at the document. Observations leave out batch loads: Spring for GraphQL 2.0
 * rebuilds every request's DataLoaderRegistry around a loader instrumentation (even with
 * {@code graphql.dataloader} observations off) whose completion casts a mapped batch
 * load's Map to a List and throws a ClassCastException, four exceptions and a registry
 * copy per request.
 */
final class PlatformInstrumentation extends GraphQlObservationInstrumentation {

	private final Instrumentation aliases;

	private final Instrumentation limits;

	PlatformInstrumentation(ObservationRegistry registry, Instrumentation aliases, Instrumentation limits) {
		super(registry);
		this.aliases = aliases;
		this.limits = limits;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		CompletableFuture<InstrumentationState> observed = orNone(super.createStateAsync(parameters));
		CompletableFuture<InstrumentationState> limited = orNone(this.limits.createStateAsync(parameters));
		return observed.thenCombine(limited, States::new);
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return input; // the loader instrumentation: see above
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return super.beginExecution(parameters, observed(state));
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		this.aliases.beginValidation(parameters, null); // throws when there are too many
		return this.limits.beginValidation(parameters, limited(state));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		// The limits throw when exceeded; when met, their context has nothing to do.
		this.limits.beginExecuteOperation(parameters, limited(state));
		return super.beginExecuteOperation(parameters, observed(state));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		// Root fields only, the request's work, when data fetcher observations are on
		// (application.yaml switches them off). Below the root each relation of each node
		// would observe the queueing of a batch load, 150 observations on a page of 50
		// intakes with three relations; even switched off, each built a no-op one.
		// Trivial fetchers (properties) are never observed, and asked first: the step
		// info is built from the field's whole environment, which graphql-java otherwise
		// leaves unbuilt for a property, 3 % of a nested list's CPU.
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionStepInfo().getPath().getLevel() > 1) {
			return dataFetcher;
		}
		return super.instrumentDataFetcher(dataFetcher, parameters, observed(state));
	}

	private static CompletableFuture<InstrumentationState> orNone(
			@Nullable CompletableFuture<InstrumentationState> state) {
		return (state != null) ? state : CompletableFuture.completedFuture(null);
	}

	private static @Nullable InstrumentationState observed(@Nullable InstrumentationState state) {
		return (state instanceof States states) ? states.observed() : state;
	}

	private static @Nullable InstrumentationState limited(@Nullable InstrumentationState state) {
		return (state instanceof States states) ? states.limited() : null;
	}

	/** Each part's own state. */
	private record States(@Nullable InstrumentationState observed,
			@Nullable InstrumentationState limited) implements InstrumentationState {
	}

}
