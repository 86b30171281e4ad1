package nl.werkplaatsen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One request, as JMH measures it (closed loop: each thread sends the next when the last
 * answered): a POST of a JSON body, with a bearer token and a {@code Werkplaats} header
 * when given, to the API or to the JDBC floor. An answer other than 200, or with GraphQL
 * errors, fails the run: only correct answers are timed.
 */
@State(Scope.Benchmark)
public class HttpCall {

	@Param("")
	public String url;

	@Param("")
	public String body;

	@Param("")
	public String token;

	@Param("")
	public String werkplaats;

	private HttpClient client;

	private HttpRequest request;

	@Setup
	public void prepare() {
		this.client = client();
		HttpRequest.Builder builder = post(this.url, this.body, this.token);
		if (!this.werkplaats.isEmpty()) {
			builder.header("Werkplaats", this.werkplaats);
		}
		this.request = builder.build();
	}

	/** The client every measured caller sends with. */
	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** A POST of a JSON body, with a bearer token when given. */
	static HttpRequest.Builder post(String url, String body, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (!token.isEmpty()) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	@Benchmark
	public int call() throws IOException, InterruptedException {
		return answered(this.client.send(this.request, HttpResponse.BodyHandlers.ofString()));
	}

	/** The answer's length, or an exception for an answer other than a correct one. */
	static int answered(HttpResponse<String> response) {
		String answer = response.body();
		if (response.statusCode() != 200 || answer.startsWith("{\"errors\"") || answer.contains("\"errors\":[{")) {
			throw new IllegalStateException(
					"HTTP " + response.statusCode() + ": " + answer.substring(0, Math.min(answer.length(), 500)));
		}
		return answer.length();
	}

}
