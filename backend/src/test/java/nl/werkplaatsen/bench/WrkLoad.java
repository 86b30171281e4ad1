package nl.werkplaatsen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput as {@code wrk} measures it (closed loop, Debian's {@code wrk} package): a
 * client in C beside the server, as {@code pgbench}'s own is, so that the ratio to
 * {@code pgbench} compares servers and not a JVM client's cost on the same two cores.
 * Empty where wrk is not installed; the benchmark then says so and uses JMH.
 */
final class WrkLoad {

	private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private WrkLoad() {
	}

	/**
	 * Requests per second at the given connections for the given seconds, each a POST of
	 * the JSON body with the bearer token when given; a non-2xx answer fails the run.
	 */
	static OptionalDouble throughput(String url, String body, String token, int connections, int seconds)
			throws IOException, InterruptedException {
		Path script = Files.createTempFile("wrk-", ".lua");
		try {
			StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\n")
				.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n")
				.append("wrk.headers[\"Accept\"] = \"application/json\"\n")
				.append("wrk.body = ")
				.append(luaString(body))
				.append('\n');
			if (token != null && !token.isEmpty()) {
				lua.append("wrk.headers[\"Authorization\"] = ").append(luaString("Bearer " + token)).append('\n');
			}
			Files.writeString(script, lua, StandardCharsets.UTF_8);
			List<String> command = new ArrayList<>(
					List.of(System.getProperty("bench.wrk", "wrk"), "-t", String.valueOf(Math.min(2, connections)),
							"-c", String.valueOf(connections), "-d", seconds + "s", "-s", script.toString(), url));
			Process process;
			try {
				process = new ProcessBuilder(command).redirectErrorStream(true).start();
			}
			catch (IOException ex) {
				return OptionalDouble.empty();
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			Matcher notOk = NOT_OK.matcher(output);
			if (notOk.find()) {
				throw new IllegalStateException(notOk.group(1) + " answers were not 2xx:\n" + output);
			}
			Matcher rate = REQUESTS_PER_SECOND.matcher(output);
			if (!rate.find()) {
				throw new IllegalStateException("wrk printed no rate:\n" + output);
			}
			return OptionalDouble.of(Double.parseDouble(rate.group(1)));
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	/** A Lua long string: nothing inside it is an escape. */
	private static String luaString(String text) {
		String level = "=";
		while (text.contains("]" + level + "]")) {
			level += "=";
		}
		return "[" + level + "[" + text + "]" + level + "]";
	}

}
