package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The depth and cost limits, checked once per document, operation and variables: they
 * walk the whole operation, and a client sends the same few again and again. A document
 * refused is checked (and refused) every time; variables that carry more than short
 * scalars (a mutation's input) are checked every time and not kept.
 */
final class LimitsCheckedOnce extends SimplePerformantInstrumentation {

	private static final int LONGEST_KEPT_STRING = 200;

	private final ChainedInstrumentation limits;

	private final Cache<Checked, Boolean> passed = Caffeine.newBuilder().maximumSize(10_000).build();

	LimitsCheckedOnce(List<Instrumentation> limits) {
		this.limits = new ChainedInstrumentation(limits);
	}

	@Override
	public @Nullable CompletableFuture<InstrumentationState> createStateAsync(
			InstrumentationCreateStateParameters parameters) {
		return this.limits.createStateAsync(parameters);
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		return this.limits.beginValidation(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionInput input = parameters.getExecutionContext().getExecutionInput();
		Map<String, Object> variables = input.getRawVariables().toMap();
		Checked checked = keepable(variables) ? new Checked(input.getQuery(), input.getOperationName(), variables)
				: null;
		if (checked != null && this.passed.getIfPresent(checked) != null) {
			return SimpleInstrumentationContext.noOp();
		}
		// Throws AbortExecutionException when a limit is exceeded.
		InstrumentationContext<ExecutionResult> context = this.limits.beginExecuteOperation(parameters, state);
		if (checked != null) {
			this.passed.put(checked, Boolean.TRUE);
		}
		return context;
	}

	private static boolean keepable(Map<String, Object> variables) {
		for (Object value : variables.values()) {
			boolean shortScalar = value == null || value instanceof Number || value instanceof Boolean
					|| (value instanceof String text && text.length() <= LONGEST_KEPT_STRING);
			if (!shortScalar) {
				return false;
			}
		}
		return true;
	}

	/** A document's operation with its variables, as sent. */
	private record Checked(String query, @Nullable String operationName, Map<String, Object> variables) {
	}

}
