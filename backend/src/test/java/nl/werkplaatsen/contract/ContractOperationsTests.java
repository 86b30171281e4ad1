package nl.werkplaatsen.contract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.ContractOperations;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example operation of {@code frontend-contract/operations} with its
 * variables, as the persona its {@code # Runs as:} line names, against the demo data: the
 * examples frontend developers copy can never go stale. Those that need a live Keycloak
 * run in {@code KeycloakContractOperationsTests}.
 */
@PlatformTest
class ContractOperationsTests {

	private static final Pattern OPERATION_NAME = Pattern.compile("^\\s*(query|mutation)\\s+(\\w+)", Pattern.MULTILINE);

	@Autowired
	GraphQlClient graphQl;

	@TestFactory
	Stream<DynamicTest> everyExampleOperationSucceedsAsItsPersona() {
		ContractOperations operations = new ContractOperations((persona, werkplaats, document,
				variables) -> this.graphQl.execute(Persona.named(persona), werkplaats, document, variables));
		List<String> names = ContractOperations.names()
			.stream()
			.filter((name) -> !ContractOperations.needsKeycloak(name))
			.toList();
		assertThat(names).isNotEmpty();
		return names.stream().map((name) -> DynamicTest.dynamicTest(name, () -> {
			Response response = operations.run(name);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.errors()).as(response.body()).isEmpty();
			assertThat(response.<Object>path("$.data")).as(response.body()).isNotNull();
			assertThat(response.<List<Object>>path("$..userErrors[*]")).as(response.body()).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleIsNamedAfterItsFileAndHasVariables() {
		return ContractOperations.names().stream().map((name) -> DynamicTest.dynamicTest(name, () -> {
			String document = ContractOperations.document(name);
			Matcher operation = OPERATION_NAME.matcher(document);
			assertThat(operation.find()).as("a named operation").isTrue();
			assertThat(operation.group(2)).isEqualTo(name);
			assertThat(document).as("a '# Runs as:' line").containsPattern("(?m)^# Runs as: \\S+");
			assertThat(ContractOperations.directory().resolve(name + ".variables.json")).exists();
		}));
	}

}
