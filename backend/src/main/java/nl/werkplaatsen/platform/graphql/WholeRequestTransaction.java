package nl.werkplaatsen.platform.graphql;

import graphql.language.OperationDefinition;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Runs each query — all its fields and batch loads — in one database transaction, on the
 * request's own thread; mutations keep a transaction per field, so each commits or fails
 * on its own, as their payloads say.
 *
 * <p>
 * The execution stays on the thread that holds the transaction, the caller and the
 * request, so nothing needs carrying over to other threads: the per-field context
 * snapshots Spring for GraphQL would take are switched off for it.
 */
final class WholeRequestTransaction implements WebGraphQlInterceptor {

	/**
	 * Reads Reactor's and GraphQL's contexts but carries no thread-local: each is already
	 * where the fields run.
	 */
	private static final ContextSnapshotFactory NOTHING_TO_CARRY = ContextSnapshotFactory.builder()
		.contextRegistry(new ContextRegistry().loadContextAccessors())
		.build();

	private final GraphQlDocuments documents;

	private final Tenancy tenancy;

	WholeRequestTransaction(GraphQlDocuments documents, Tenancy tenancy) {
		this.documents = documents;
		this.tenancy = tenancy;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean query = this.documents.operationOf(request.getDocument(), request.getOperationName())
			.filter((operation) -> operation == OperationDefinition.Operation.QUERY)
			.isPresent();
		if (!query) {
			return chain.next(request);
		}
		// A caller refused as the transaction begins (their memberships changed since
		// they were resolved) fails the request whole, as refused callers are.
		return Mono.fromCallable(() -> this.tenancy.readWholeRequest(() -> chain.next(request)
			.contextWrite((context) -> ContextPropagationHelper.saveInstance(NOTHING_TO_CARRY, context))
			.block()));
	}

}
