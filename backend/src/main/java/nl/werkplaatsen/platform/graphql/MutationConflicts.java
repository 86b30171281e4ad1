package nl.werkplaatsen.platform.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import reactor.core.publisher.Mono;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one answer to a lost race: when another change to the same record committed first
 * (an optimistic-lock failure anywhere in a mutation), the mutation answers its payload
 * with a {@code CONFLICT} user error instead of an internal error. The transaction has
 * rolled back, so nothing of the losing change is stored and retrying after reading again
 * is safe.
 */
final class MutationConflicts extends GraphQLTypeVisitorStub {

	static final String MESSAGE = "Someone else changed this record at the same moment; nothing of your change "
			+ "was saved. Read it again and retry.";

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!"Mutation".equals(type.getName())) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer payload
					&& payload.getFieldDefinition("userErrors") != null) {
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				DataFetcher<?> delegate = registry.getDataFetcher(coordinates, field);
				registry.dataFetcher(coordinates, conflictAnswering(delegate, conflictPayload(payload)));
			}
		}
		return TraversalControl.CONTINUE;
	}

	static DataFetcher<Object> conflictAnswering(DataFetcher<?> delegate, Map<String, Object> conflict) {
		return (environment) -> {
			Object result;
			try {
				result = delegate.get(environment);
			}
			catch (RuntimeException ex) {
				if (isConflict(ex)) {
					return conflict;
				}
				throw ex;
			}
			if (result instanceof Mono<?> mono) {
				return mono.cast(Object.class)
					.onErrorResume(MutationConflicts::isConflict, (ex) -> Mono.just(conflict));
			}
			if (result instanceof CompletionStage<?> stage) {
				return stage.handle((value, ex) -> {
					if (ex == null) {
						return value;
					}
					if (isConflict(ex)) {
						return conflict;
					}
					throw (ex instanceof CompletionException completion) ? completion : new CompletionException(ex);
				});
			}
			return result;
		};
	}

	/**
	 * The payload of a lost race: the {@code CONFLICT} user error, false for the
	 * payload's required flags and empty for its required lists, nothing else.
	 */
	static Map<String, Object> conflictPayload(GraphQLFieldsContainer payload) {
		Map<String, Object> answer = new LinkedHashMap<>();
		for (GraphQLFieldDefinition field : payload.getFieldDefinitions()) {
			if (field.getType() instanceof GraphQLNonNull required && !"userErrors".equals(field.getName())) {
				if (GraphQLTypeUtil.isList(required.getWrappedType())) {
					answer.put(field.getName(), List.of());
				}
				else if ("Boolean".equals(GraphQLTypeUtil.unwrapAll(required).getName())) {
					answer.put(field.getName(), false);
				}
				else {
					throw new IllegalStateException(payload.getName() + "." + field.getName()
							+ " is required, so a conflict could not be answered in the payload");
				}
			}
		}
		answer.put("userErrors", List.of(UserError.general(UserErrorCode.CONFLICT, MESSAGE)));
		return Map.copyOf(answer);
	}

	static boolean isConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingFailureException || cause instanceof OptimisticLockException
					|| cause instanceof StaleStateException) {
				return true;
			}
		}
		return false;
	}

}
