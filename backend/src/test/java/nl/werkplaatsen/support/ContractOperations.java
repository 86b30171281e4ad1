package nl.werkplaatsen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import nl.werkplaatsen.support.GraphQlClient.Response;

/**
 * The example operations of {@code frontend-contract/operations}: each names the persona
 * it runs as ({@code # Runs as:}), optionally the {@code Werkplaats} header
 * ({@code # Werkplaats:}) and whether it needs a live Keycloak ({@code # Needs:
 * Keycloak}); variables may refer to another example's response as
 * {@code "{{Other:$.path}}"} (a filter that finds one value gives that value). Runs them
 * through the given executor, each once.
 */
public final class ContractOperations {

	private static final Pattern RUNS_AS = Pattern.compile("^# Runs as: (\\S+)\\s*$", Pattern.MULTILINE);

	private static final Pattern WERKPLAATS = Pattern.compile("^# Werkplaats: (\\S+)\\s*$", Pattern.MULTILINE);

	private static final Pattern NEEDS_KEYCLOAK = Pattern.compile("^# Needs: Keycloak\\s*$", Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("^\\{\\{(\\w+):(\\$.+)}}$");

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Response> responses = new HashMap<>();

	private final Executor executor;

	public ContractOperations(Executor executor) {
		this.executor = executor;
	}

	/**
	 * Runs one example operation as its persona (once; later calls reuse the response).
	 */
	public Response run(String name) {
		Response cached = this.responses.get(name);
		if (cached != null) {
			return cached;
		}
		Path file = directory().resolve(name + ".graphql");
		String document = read(file);
		Matcher runsAs = RUNS_AS.matcher(document);
		if (!runsAs.find()) {
			throw new IllegalStateException(name + " has no '# Runs as:' line");
		}
		Matcher werkplaats = WERKPLAATS.matcher(document);
		Map<String, Object> variables = this.json.readValue(file.resolveSibling(name + ".variables.json").toFile(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		Response response = this.executor.execute(runsAs.group(1), werkplaats.find() ? werkplaats.group(1) : null,
				document, resolve(variables));
		this.responses.put(name, response);
		return response;
	}

	/** The names of the example operations, sorted. */
	public static List<String> names() {
		try (Stream<Path> files = Files.list(directory())) {
			return files.filter((file) -> file.toString().endsWith(".graphql")).sorted().map((file) -> {
				String fileName = file.getFileName().toString();
				return fileName.substring(0, fileName.length() - ".graphql".length());
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the example needs a live Keycloak (it creates users or clients there). */
	public static boolean needsKeycloak(String name) {
		return NEEDS_KEYCLOAK.matcher(read(directory().resolve(name + ".graphql"))).find();
	}

	/** The example's document. */
	public static String document(String name) {
		return read(directory().resolve(name + ".graphql"));
	}

	/** The examples' folder. */
	public static Path directory() {
		return Path.of(System.getProperty("contract.dir", "../frontend-contract")).resolve("operations");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> resolve(Map<String, Object> variables) {
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
				if (value instanceof List<?> found && found.size() == 1) {
					value = found.getFirst(); // a filter picks one: "nodes[?(@.slug ==
												// '...')].id"
				}
			}
			resolved.put(entry.getKey(), value);
		}
		return resolved;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a document as a persona. */
	@FunctionalInterface
	public interface Executor {

		Response execute(String persona, @Nullable String werkplaats, String document, Map<String, Object> variables);

	}

}
