package nl.werkplaatsen.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example operation of {@code frontend-contract/operations} with its
 * variables, as the persona its {@code # Runs as:} line names, against the demo data: the
 * examples frontend developers copy can never go stale.
 */
@PlatformTest
class ContractOperationsTests {

	private static final Pattern RUNS_AS = Pattern.compile("^# Runs as: (\\S+)\\s*$", Pattern.MULTILINE);

	private static final Pattern WERKPLAATS = Pattern.compile("^# Werkplaats: (\\S+)\\s*$", Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("^\\{\\{(\\w+):(\\$.+)}}$");

	private static final Pattern OPERATION_NAME = Pattern.compile("^\\s*(query|mutation)\\s+(\\w+)", Pattern.MULTILINE);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Response> responses = new HashMap<>();

	@Autowired
	GraphQlClient graphQl;

	@TestFactory
	Stream<DynamicTest> everyExampleOperationSucceedsAsItsPersona() throws IOException {
		List<Path> operations = operations();
		assertThat(operations).isNotEmpty();
		return operations.stream().map((file) -> DynamicTest.dynamicTest(nameOf(file), () -> {
			Response response = run(nameOf(file));
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.errors()).as(response.body()).isEmpty();
			assertThat(response.<Object>path("$.data")).as(response.body()).isNotNull();
			assertThat(response.<List<Object>>path("$..userErrors[*]")).as(response.body()).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleIsNamedAfterItsFileAndHasVariables() throws IOException {
		return operations().stream().map((file) -> DynamicTest.dynamicTest(nameOf(file), () -> {
			String document = Files.readString(file);
			Matcher name = OPERATION_NAME.matcher(document);
			assertThat(name.find()).as("a named operation").isTrue();
			assertThat(name.group(2)).isEqualTo(nameOf(file));
			assertThat(RUNS_AS.matcher(document).find()).as("a '# Runs as:' line").isTrue();
			assertThat(file.resolveSibling(nameOf(file) + ".variables.json")).exists();
		}));
	}

	private Response run(String name) throws IOException {
		Response cached = this.responses.get(name);
		if (cached != null) {
			return cached;
		}
		Path file = directory().resolve(name + ".graphql");
		String document = Files.readString(file);
		Matcher runsAs = RUNS_AS.matcher(document);
		assertThat(runsAs.find()).as(name + " has a '# Runs as:' line").isTrue();
		Matcher werkplaats = WERKPLAATS.matcher(document);
		Map<String, Object> variables = this.json.readValue(file.resolveSibling(name + ".variables.json").toFile(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		Response response = this.graphQl.execute(Persona.named(runsAs.group(1)),
				werkplaats.find() ? werkplaats.group(1) : null, document, resolve(variables));
		this.responses.put(name, response);
		return response;
	}

	/**
	 * Replaces {@code "{{Other:$.path}}"} values with that path in the other example's
	 * response.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> resolve(Map<String, Object> variables) throws IOException {
		Map<String, Object> resolved = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : variables.entrySet()) {
			Object value = entry.getValue();
			if (value instanceof Map<?, ?> nested) {
				value = resolve((Map<String, Object>) nested);
			}
			else if (value instanceof String text && REFERENCE.matcher(text).matches()) {
				Matcher reference = REFERENCE.matcher(text);
				reference.matches();
				value = JsonPath.read(run(reference.group(1)).body(), reference.group(2));
			}
			resolved.put(entry.getKey(), value);
		}
		return resolved;
	}

	private static List<Path> operations() throws IOException {
		try (Stream<Path> files = Files.list(directory())) {
			return files.filter((file) -> file.toString().endsWith(".graphql")).sorted().toList();
		}
	}

	private static Path directory() {
		return Path.of(System.getProperty("contract.dir", "../frontend-contract")).resolve("operations");
	}

	private static String nameOf(Path file) {
		String fileName = file.getFileName().toString();
		return fileName.substring(0, fileName.length() - ".graphql".length());
	}

}
