package nl.werkplaatsen.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import nl.werkplaatsen.support.ContractOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example operations select {@code id} wherever they select a {@code Node}: the
 * normalized caches of Apollo and urql key objects by it, and frontend developers copy
 * the examples.
 */
class ExampleSelectionsTests {

	private static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(ContractOperations.directory().resolveSibling("schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	@TestFactory
	Stream<DynamicTest> everyNodeSelectedInAnExampleHasItsId() {
		return ContractOperations.names().stream().map((name) -> DynamicTest.dynamicTest(name, () -> {
			Document document = Parser.parse(ContractOperations.document(name));
			List<String> withoutId = new ArrayList<>();
			QueryTraverser.newQueryTraverser()
				.schema(schema)
				.document(document)
				.variables(variables(name))
				.build()
				.visitPreOrder(new QueryVisitorStub() {

					@Override
					public void visitField(QueryVisitorFieldEnvironment environment) {
						GraphQLType type = GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType());
						String typeName = ((GraphQLNamedType) type).getName();
						boolean node = "Node".equals(typeName) || (type instanceof GraphQLImplementingType implementing)
								&& implementing.getInterfaces()
									.stream()
									.anyMatch((face) -> "Node".equals(face.getName()));
						Field field = environment.getField();
						if (node && !selectsId(field.getSelectionSet(), document)) {
							withoutId.add(field.getResultKey() + " (" + typeName + ") at "
									+ field.getSelectionSet().getSourceLocation().getLine() + ":"
									+ field.getSelectionSet().getSourceLocation().getColumn());
						}
					}

				});
			assertThat(withoutId).as(name + ": fields selecting a Node without its id").isEmpty();
		}));
	}

	private static Map<String, Object> variables(String name) {
		Path file = ContractOperations.directory().resolve(name + ".variables.json");
		return JsonMapper.builder().build().readValue(file.toFile(), new TypeReference<Map<String, Object>>() {
		});
	}

	private static boolean selectsId(SelectionSet selections, Document document) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && "id".equals(field.getName()) && field.getAlias() == null) {
				return true;
			}
			if (selection instanceof InlineFragment inline && selectsId(inline.getSelectionSet(), document)) {
				return true;
			}
			if (selection instanceof FragmentSpread spread) {
				boolean inFragment = document.getDefinitionsOfType(FragmentDefinition.class)
					.stream()
					.filter((fragment) -> fragment.getName().equals(spread.getName()))
					.anyMatch((fragment) -> selectsId(fragment.getSelectionSet(), document));
				if (inFragment) {
					return true;
				}
			}
		}
		return false;
	}

}
