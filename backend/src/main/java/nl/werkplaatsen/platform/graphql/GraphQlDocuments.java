package nl.werkplaatsen.platform.graphql;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.jspecify.annotations.Nullable;

/**
 * Documents clients send again and again, parsed and validated once per replica: the
 * parsed and validated form for execution, and which kind of operation a document's
 * operation is, which decides its transaction before it runs.
 */
final class GraphQlDocuments implements PreparsedDocumentProvider {

	private static final int DOCUMENTS = 2_000;

	private static final String DEFAULT_OPERATION = "";

	private final Cache<String, PreparsedDocumentEntry> validated = Caffeine.newBuilder()
		.maximumSize(DOCUMENTS)
		.build();

	private final Cache<String, Map<String, OperationDefinition.Operation>> operations = Caffeine.newBuilder()
		.maximumSize(DOCUMENTS)
		.build();

	private final ParserOptions parserOptions;

	GraphQlDocuments(ParserOptions parserOptions) {
		this.parserOptions = parserOptions;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		// A refused document (an abort while validating) throws and is not kept.
		return CompletableFuture
			.completedFuture(this.validated.get(input.getQuery(), (query) -> parseAndValidate.apply(input)));
	}

	/**
	 * The kind of the operation a request runs, if the document says unambiguously; a
	 * document that does not parse has none (execution answers it).
	 */
	Optional<OperationDefinition.Operation> operationOf(String document, @Nullable String operationName) {
		Map<String, OperationDefinition.Operation> byName = this.operations.get(document, this::parseOperations);
		if (operationName != null && !operationName.isEmpty()) {
			return Optional.ofNullable(byName.get(operationName));
		}
		return (byName.size() == 1) ? Optional.of(byName.values().iterator().next()) : Optional.empty();
	}

	private Map<String, OperationDefinition.Operation> parseOperations(String document) {
		try {
			return Parser
				.parse(ParserEnvironment.newParserEnvironment()
					.document(document)
					.parserOptions(this.parserOptions)
					.build())
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.collect(Collectors.toMap(
						(operation) -> (operation.getName() != null) ? operation.getName() : DEFAULT_OPERATION,
						OperationDefinition::getOperation, (first, second) -> first));
		}
		catch (InvalidSyntaxException ex) {
			return Map.of();
		}
	}

}
