package nl.werkplaatsen.platform.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of the contract (see {@code frontend-contract/README.md}), checked on
 * the SDL itself so a new field cannot quietly break them: a description on every type,
 * field, argument, enum value, input field and scalar; custom scalars with
 * {@code @specifiedBy}; every type with identity a {@code Node}; names as the README
 * says; one {@code input} per mutation and a payload type of its own with
 * {@code userErrors}; every list a connection unless short by nature; {@code Mutation}
 * declared beside {@code Query}; and closed sets as enums.
 */
class SchemaConventionsTests {

	private static final Path SCHEMA = Path.of(System.getProperty("contract.dir", "../frontend-contract"), "schema");

	private static TypeDefinitionRegistry registry;

	private static final Map<String, String> DECLARED_IN = new HashMap<>();

	@BeforeAll
	static void parse() throws IOException {
		registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(SCHEMA)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				TypeDefinitionRegistry part = new SchemaParser().parse(Files.readString(file));
				part.getTypes(ObjectTypeDefinition.class)
					.stream()
					.filter((type) -> !(type instanceof ObjectTypeExtensionDefinition))
					.forEach((type) -> DECLARED_IN.put(type.getName(), file.getFileName().toString()));
				registry.merge(part);
			}
		}
	}

	@Test
	void everyArgumentIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (ObjectTypeDefinition type : objectTypesWithExtensions()) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				for (InputValueDefinition argument : field.getInputValueDefinitions()) {
					if (argument.getDescription() == null || argument.getDescription().getContent().isBlank()) {
						undescribed.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
					}
				}
			}
		}
		assertThat(undescribed).isEmpty();
	}

	@Test
	void everyTypeFieldEnumValueAndInputFieldIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			if (!(type instanceof DescribedNode<?> node) || !described(node.getDescription())) {
				undescribed.add(type.getName());
			}
			if (type instanceof ImplementingTypeDefinition<?> withFields) {
				withFields.getFieldDefinitions()
					.stream()
					.filter((field) -> !described(field.getDescription()))
					.forEach((field) -> undescribed.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.stream()
					.filter((field) -> !described(field.getDescription()))
					.forEach((field) -> undescribed.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof EnumTypeDefinition enumeration) {
				enumeration.getEnumValueDefinitions()
					.stream()
					.filter((value) -> !described(value.getDescription()))
					.forEach((value) -> undescribed.add(type.getName() + "." + value.getName()));
			}
		}
		registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
			.filter((scalar) -> !described(scalar.getDescription()))
			.forEach((scalar) -> undescribed.add(scalar.getName()));
		for (ObjectTypeDefinition extension : objectTypesWithExtensions()) {
			extension.getFieldDefinitions()
				.stream()
				.filter((field) -> !described(field.getDescription()))
				.forEach((field) -> undescribed.add(extension.getName() + "." + field.getName()));
		}
		assertThat(undescribed).isEmpty();
	}

	@Test
	void customScalarsSayWhereTheyAreSpecified() {
		List<String> unspecified = registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
			.filter((scalar) -> !scalar.hasDirective("specifiedBy"))
			.map(ScalarTypeDefinition::getName)
			.toList();
		assertThat(unspecified).isEmpty();
	}

	@Test
	void everyTypeWithIdentityImplementsNode() {
		// A type has identity when it has an id or is paged through a connection (its
		// cursor
		// is a key): normalized caches (Apollo, urql) need both the id and the Node
		// interface.
		Map<String, String> parts = Map.of("Touchpoint",
				"a view of another node (an intake, traject, registration or referral) in an organisation's journey",
				"EcosystemActivity", "a part of its initiative, read and changed only through it", "Contact",
				"personal data: shown only inside its organisation, never fetched on its own");
		List<String> offending = new ArrayList<>();
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			if (parts.containsKey(type.getName())) {
				continue;
			}
			boolean hasId = type.getFieldDefinitions().stream().anyMatch((field) -> "id".equals(field.getName()));
			boolean paged = registry.getType(type.getName() + "Connection").isPresent();
			boolean node = type.getImplements().stream().anyMatch((face) -> "Node".equals(typeName(face)));
			if ((hasId || paged) && !node) {
				offending.add(type.getName());
			}
		}
		assertThat(offending).isEmpty();
		assertThat(registry.types()).as("every exception still names a type")
			.containsKeys(parts.keySet().toArray(String[]::new));
	}

	@Test
	void namesFollowTheConventions() {
		List<String> offending = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			if (!type.getName().matches("[A-Z][A-Za-z0-9]*")) {
				offending.add(type.getName() + ": type names are PascalCase");
			}
			if (type instanceof InputObjectTypeDefinition && !type.getName().matches(".*(Input|Filter)")) {
				offending.add(type.getName() + ": input types end in Input (or Filter, for a list's filter)");
			}
			if (type instanceof EnumTypeDefinition enumeration) {
				enumeration.getEnumValueDefinitions()
					.stream()
					.filter((value) -> !value.getName().matches("[A-Z][A-Z0-9_]*"))
					.forEach((value) -> offending
						.add(type.getName() + "." + value.getName() + ": enum values are UPPER_SNAKE"));
			}
		}
		for (ObjectTypeDefinition type : objectTypesWithExtensions()) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				if (!field.getName().matches("[a-z][A-Za-z0-9]*")) {
					offending.add(type.getName() + "." + field.getName() + ": field names are camelCase");
				}
				field.getInputValueDefinitions()
					.stream()
					.filter((argument) -> !argument.getName().matches("[a-z][A-Za-z0-9]*"))
					.forEach((argument) -> offending
						.add(type.getName() + "." + field.getName() + "(" + argument.getName() + "): camelCase"));
			}
		}
		for (FieldDefinition mutation : fieldsOf("Mutation")) {
			String payload = Character.toUpperCase(mutation.getName().charAt(0)) + mutation.getName().substring(1)
					+ "Payload";
			if (!payload.equals(typeName(mutation.getType()))) {
				offending.add("Mutation." + mutation.getName() + ": returns " + typeName(mutation.getType())
						+ " instead of " + payload);
			}
			String input = payload.replaceFirst("Payload$", "Input");
			String argument = mutation.getInputValueDefinitions().isEmpty() ? ""
					: typeName(mutation.getInputValueDefinitions().getFirst().getType());
			if (!input.equals(argument)) {
				offending.add("Mutation." + mutation.getName() + ": takes " + argument + " instead of " + input);
			}
		}
		assertThat(offending).isEmpty();
	}

	@Test
	void everyMutationTakesOneInputAndReturnsAPayloadOfItsOwnWithUserErrors() {
		List<String> offending = new ArrayList<>();
		Map<String, String> payloadOwners = new HashMap<>();
		for (FieldDefinition mutation : fieldsOf("Mutation")) {
			List<InputValueDefinition> arguments = mutation.getInputValueDefinitions();
			if (arguments.size() != 1 || !"input".equals(arguments.getFirst().getName())
					|| !(arguments.getFirst().getType() instanceof NonNullType)) {
				offending.add(
						mutation.getName() + ": takes " + arguments.stream().map(InputValueDefinition::getName).toList()
								+ " instead of one `input: …!`");
			}
			String payload = typeName(mutation.getType());
			String previous = payloadOwners.put(payload, mutation.getName());
			if (previous != null) {
				offending.add(mutation.getName() + ": shares " + payload + " with " + previous);
			}
			boolean hasUserErrors = fieldsOf(payload).stream()
				.anyMatch((field) -> "userErrors".equals(field.getName())
						&& field.getType() instanceof NonNullType nonNull && nonNull.getType() instanceof ListType);
			if (!hasUserErrors) {
				offending.add(mutation.getName() + ": " + payload + " has no `userErrors: [UserError!]!`");
			}
		}
		assertThat(offending).isEmpty();
	}

	@Test
	void listsOfObjectsAreConnectionsUnlessShortByNature() {
		// Every other list of objects grows with use and must be paged.
		Map<String, String> short_ = Map.ofEntries(Map.entry("Query.institutions", "the national register of schools"),
				Map.entry("Institution.programmes", "an institution's programmes"),
				Map.entry("Query.academicCalendar", "the periods of one academic year"),
				Map.entry("Werkplaats.partners", "a consortium's partners"),
				Map.entry("Werkplaats.ambitions", "one per year"),
				Map.entry("Werkplaats.frontendClients", "a portal and a browser client"),
				Map.entry("Werkplaats.upcomingEvents", "the next few events"),
				Map.entry("Viewer.memberships", "a person's teams"),
				Map.entry("Traject.team", "a traject's few people"),
				Map.entry("Traject.deliverables", "a traject's few deliverables"),
				Map.entry("Intake.offerSuggestions", "ranked, cut off by `first`"),
				Map.entry("Intake.initiativeSuggestions", "ranked, cut off by `first`"),
				Map.entry("Query.initiativeReferralCounts", "one row per initiative referred to in the period"),
				Map.entry("Query.monitorInstruments", "three instruments, a few versions each"),
				Map.entry("MonitorInstrumentVersion.questions", "a questionnaire's few questions"),
				Map.entry("MonitorQuestion.options", "a question's few answers"),
				Map.entry("MonitorForm.questions", "a questionnaire's few questions"),
				Map.entry("MonitorResults.groups", "a report's table: at most twenty werkplaatsen or sectors"),
				Map.entry("MonitorResults.expectations", "six expectations by seven statements"),
				Map.entry("Kpis.werkplaatsen", "a report's table: one row per werkplaats, at most twenty"),
				Map.entry("KpiSeries.points", "the steps of a series, at most 240"),
				Map.entry("KpiMonitor.steps", "the ten options of vraag 5"),
				Map.entry("MonitorResultGroup.questions", "a questionnaire's few questions"),
				Map.entry("MonitorResultGroup.categories", "weten, willen, kunnen"),
				Map.entry("MonitorQuestionResult.distribution", "a question's few answers"),
				Map.entry("Intake.studentSuggestions", "ranked, cut off by `first`"),
				Map.entry("Query.referralFlows", "one row per pair of werkplaatsen that referred in the period"),
				Map.entry("Organisation.nextSteps", "ranked, cut off by `first`"),
				Map.entry("Initiative.activities", "an initiative's few activities (the Regioscan: under three each)"),
				Map.entry("Initiative.providers", "an initiative's few providers"),
				Map.entry("Query.ecosystemProviders", "ranked, cut off by `first`"),
				Map.entry("Query.ecosystemStatistics", "a report's table: one row per combination asked for"),
				Map.entry("EcosystemImport.errors", "at most the first thousand, kept with the import"));
		List<String> unpaged = new ArrayList<>();
		List<String> lists = new ArrayList<>();
		for (ObjectTypeDefinition type : objectTypesWithExtensions()) {
			if (type.getName().matches(".*(Connection|Edge|Payload)$")) {
				continue;
			}
			for (FieldDefinition field : type.getFieldDefinitions()) {
				boolean listOfObjects = isList(field.getType())
						&& registry.getType(typeName(field.getType()), ObjectTypeDefinition.class).isPresent();
				String coordinates = type.getName() + "." + field.getName();
				if (listOfObjects) {
					lists.add(coordinates);
				}
				if (listOfObjects && !short_.containsKey(coordinates)) {
					unpaged.add(coordinates);
				}
			}
		}
		assertThat(unpaged).isEmpty();
		assertThat(lists).as("every exception still names a list in the schema").containsAll(short_.keySet());
	}

	@Test
	void queryAndMutationAreDeclaredTogetherInThePlatformSchema() {
		assertThat(DECLARED_IN).containsEntry("Query", "platform.graphqls")
			.containsEntry("Mutation", "platform.graphqls");
	}

	@Test
	void closedSetsAreEnums() {
		// A field named like a kind, status, role or action is a closed set of values.
		List<String> strings = new ArrayList<>();
		for (ObjectTypeDefinition type : objectTypesWithExtensions()) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				if (field.getName().matches("action|status|role|kind") && "String".equals(typeName(field.getType()))) {
					strings.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(strings).isEmpty();
	}

	private static boolean described(Description description) {
		return description != null && !description.getContent().isBlank();
	}

	private static List<ObjectTypeDefinition> objectTypesWithExtensions() {
		List<ObjectTypeDefinition> all = new ArrayList<>(registry.getTypes(ObjectTypeDefinition.class));
		registry.objectTypeExtensions().values().forEach(all::addAll);
		return all;
	}

	private static List<FieldDefinition> fieldsOf(String typeName) {
		List<FieldDefinition> fields = new ArrayList<>();
		registry.getType(typeName, ObjectTypeDefinition.class)
			.ifPresent((type) -> fields.addAll(type.getFieldDefinitions()));
		registry.objectTypeExtensions()
			.getOrDefault(typeName, List.of())
			.forEach((extension) -> fields.addAll(extension.getFieldDefinitions()));
		return fields;
	}

	private static boolean isList(Type<?> type) {
		return (type instanceof NonNullType nonNull) ? isList(nonNull.getType()) : type instanceof ListType;
	}

	private static String typeName(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return typeName(nonNull.getType());
		}
		if (type instanceof ListType list) {
			return typeName(list.getType());
		}
		return ((TypeName) type).getName();
	}

}
