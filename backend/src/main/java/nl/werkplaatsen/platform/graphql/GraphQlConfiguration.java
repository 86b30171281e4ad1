package nl.werkplaatsen.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.parser.ParserOptions;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.FieldCoordinates;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * GraphQL wiring shared by all modules: limits on depth, cost, aliases and tokens; global
 * ids for every {@code Node}; a lost race as a {@code CONFLICT} user error in every
 * mutation's payload; and a startup failure when a schema field has no data fetcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlConfiguration {

	private static final String NULL_BUBBLING = "NullValueInNonNullableField";

	private static final Set<String> REFUSED_DOCUMENT = Set.of("ExecutionAborted", "InvalidSyntax", "ValidationError",
			"BadFaithIntrospection", "IntrospectionDisabled");

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper mapper) {
		return new GraphQlHttpHandler(handler, new SizedJsonAnswers(mapper));
	}

	@Bean
	WebGraphQlInterceptor pendingLoadsOnly() {
		return (request, chain) -> {
			request.configureExecutionInput(
					(input, builder) -> builder.dataLoaderRegistry(new PendingLoadsRegistry()).build());
			return chain.next(request);
		};
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(InstantAwareDateTime.SCALAR)
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.Json);
	}

	@Bean
	RuntimeWiringConfigurer nodeTypes() {
		// node(id:) knows the type from the id; elsewhere the Java class names it, or,
		// for a record a module hands on as one of its node interfaces (WerkplaatsNode),
		// that interface.
		ClassNameTypeResolver byClassName = new ClassNameTypeResolver();
		return (wiring) -> wiring.type("Node", (type) -> type.typeResolver((environment) -> {
			Object local = environment.getLocalContext();
			if (local instanceof NodeController.NodeType node) {
				return environment.getSchema().getObjectType(node.name());
			}
			GraphQLObjectType named = byClassName.getType(environment);
			return (named != null) ? named : byNodeInterface(environment.getSchema(), environment.getObject());
		}));
	}

	private static @Nullable GraphQLObjectType byNodeInterface(GraphQLSchema schema, Object node) {
		for (Class<?> type = node.getClass(); type != null; type = type.getSuperclass()) {
			for (Class<?> anInterface : type.getInterfaces()) {
				String name = anInterface.getSimpleName();
				if (name.endsWith("Node") && name.length() > "Node".length()) {
					GraphQLObjectType objectType = schema.getObjectType(name.substring(0, name.length() - 4));
					if (objectType != null) {
						return objectType;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Requests and fields observed as Spring Boot would, but no batch load; depth, cost
	 * (a connection costs its children once per node it may return, so page size counts)
	 * and aliases limited.
	 */
	@Bean
	PlatformInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry, GraphQlLimits limits) {
		FieldComplexityCalculator calculator = (environment, childComplexity) -> {
			String typeName = GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType()).getName();
			if (!typeName.endsWith("Connection")) {
				return 1 + childComplexity;
			}
			Object first = environment.getArguments().get("first");
			int pageSize = (first instanceof Integer size) ? Math.max(size, 1) : PageRequest.DEFAULT_PAGE_SIZE;
			return 1 + (pageSize * Math.max(childComplexity, 1));
		};
		return new PlatformInstrumentation(registry, new MaxAliasesInstrumentation(limits.maxAliases()),
				new LimitsCheckedOnce(List.of(new MaxQueryDepthInstrumentation(limits.maxDepth()),
						new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator))));
	}

	/**
	 * The platform's instrumentation on its own, not in the chain Spring for GraphQL
	 * wraps every list of instrumentations in (a chain costs each field a look-up).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer oneInstrumentation(PlatformInstrumentation instrumentation) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.instrumentation(instrumentation));
	}

	@Bean
	WebGraphQlInterceptor limitsInterceptor(GraphQlLimits limits,
			@org.springframework.beans.factory.annotation.Value("${werkplaats.graphql.introspection:false}") boolean introspection) {
		ParserOptions parserOptions = parserOptions(limits);
		return (request, chain) -> {
			java.net.InetSocketAddress remote = request.getRemoteAddress();
			String clientAddress = (remote != null && remote.getAddress() != null)
					? remote.getAddress().getHostAddress() : "unknown";
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(ParserOptions.class, parserOptions);
				input.getGraphQLContext().put(ClientAddress.CONTEXT_KEY, clientAddress);
				input.getGraphQLContext()
					.put(graphql.introspection.Introspection.INTROSPECTION_DISABLED, !introspection);
				return builder.build();
			});
			// A refused document is the client's fault: classify it so, never as an
			// execution fault.
			return chain.next(request)
				.map((response) -> response.transform((builder) -> builder.errors(classified(response.getErrors()))));
		};
	}

	static List<GraphQLError> classified(List<org.springframework.graphql.ResponseError> errors) {
		List<GraphQLError> result = new ArrayList<>();
		List<String> refusedPaths = errors.stream()
			.filter((error) -> !NULL_BUBBLING.equals(error.getErrorType().toString()))
			.map(org.springframework.graphql.ResponseError::getPath)
			.toList();
		for (org.springframework.graphql.ResponseError error : errors) {
			ErrorClassification type = error.getErrorType();
			// A refused non-null field also nulls its parent; that echo says nothing new
			// to the client.
			if (NULL_BUBBLING.equals(type.toString())
					&& refusedPaths.stream().anyMatch((path) -> error.getPath().startsWith(path))) {
				continue;
			}
			// graphql-java's own refusals before anything ran — a nested introspection
			// (BadFaithIntrospection), introspection where it is off — are one
			// classification for the client.
			boolean refusedDocument = REFUSED_DOCUMENT.contains(type.toString());
			result.add(GraphQLError.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
				.errorType(refusedDocument ? ErrorType.BAD_REQUEST : type)
				.extensions(extensionsWithout(error.getExtensions()))
				.build());
		}
		return result;
	}

	private static Map<String, Object> extensionsWithout(Map<String, Object> extensions) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(extensions);
		copy.remove("classification");
		return copy;
	}

	@Bean
	GraphQlDocuments graphQlDocuments(GraphQlLimits limits) {
		return new GraphQlDocuments(parserOptions(limits));
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(GraphQlDocuments documents) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebGraphQlInterceptor wholeRequestTransaction(GraphQlDocuments documents, Tenancy tenancy) {
		return new WholeRequestTransaction(documents, tenancy);
	}

	private static ParserOptions parserOptions(GraphQlLimits limits) {
		return ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()));
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeIdsAndInspection(
			@org.springframework.beans.factory.annotation.Value("${werkplaats.graphql.complete-schema:true}") boolean completeSchema) {
		return (builder) -> builder
			.typeVisitors(List.of(new NodeIdVisitor(), new MutationConflicts(), new BatchLoadQueueing()))
			.inspectSchemaMappings((report) -> {
				// A module test loads some modules' controllers only: there the check is
				// off.
				if (completeSchema && (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()
						|| !report.unmappedRegistrations().isEmpty())) {
					throw new IllegalStateException("The GraphQL schema and its controllers disagree:\n" + report);
				}
			});
	}

	/**
	 * Gives the {@code id} field of every type implementing {@code Node} its global id.
	 */
	private static final class NodeIdVisitor extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
				TraverserContext<graphql.schema.GraphQLSchemaElement> context) {
			boolean isNode = type.getInterfaces()
				.stream()
				.anyMatch((anInterface) -> anInterface instanceof GraphQLInterfaceType i && "Node".equals(i.getName()));
			if (isNode) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "id"),
						(graphql.schema.DataFetcher<String>) (environment) -> GlobalId.encode(type.getName(),
								((nl.werkplaatsen.platform.graphql.Node) environment.getSource()).getId()));
			}
			return TraversalControl.CONTINUE;
		}

	}

	/** Refuses documents with more aliased fields than allowed, before they run. */
	static final class MaxAliasesInstrumentation extends SimplePerformantInstrumentation {

		private final int maxAliases;

		MaxAliasesInstrumentation(int maxAliases) {
			this.maxAliases = maxAliases;
		}

		@Override
		public InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			Document document = parameters.getDocument();
			AtomicInteger aliases = new AtomicInteger();
			new NodeTraverser().depthFirst(new NodeVisitorStub() {
				@Override
				public TraversalControl visitField(Field field, TraverserContext<Node> context) {
					if (field.getAlias() != null) {
						aliases.incrementAndGet();
					}
					return TraversalControl.CONTINUE;
				}
			}, document);
			if (aliases.get() > this.maxAliases) {
				throw new AbortExecutionException(
						"The document has " + aliases.get() + " aliases; at most " + this.maxAliases + " are allowed");
			}
			return SimpleInstrumentationContext.noOp();
		}

	}

}
