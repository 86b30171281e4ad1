package nl.werkplaatsen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as production runs it (the {@code production} profile the Helm chart
 * sets): no introspection, no GraphiQL, no field suggestions, and no stack trace, class
 * name or SQL in the answer to any malformed request.
 */
class ProductionProfileTests {

	/** What must never reach a caller: Java and SQL internals. */
	private static final Pattern INTERNALS = Pattern.compile(
			"(?i)(exception|\\bat [a-z]+(\\.[a-z_$]+){2,}\\(|java\\.|jakarta\\.|org\\.(springframework|hibernate|postgresql)|nl\\.werkplaatsen"
					+ "|psql|sqlstate|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|did you mean|stack ?trace)");

	private static final HttpClient http = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext platform;

	@BeforeAll
	static void startInProduction() {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		platform = new SpringApplicationBuilder(WerkplaatsPlatformApplication.class).profiles("production")
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + TestPostgres.APP,
					"--spring.datasource.password=" + TestPostgres.APP, "--spring.liquibase.user=" + TestPostgres.OWNER,
					"--spring.liquibase.password=" + TestPostgres.OWNER, "--server.port=0",
					"--management.server.port=0", "--werkplaats.scheduling.enabled=false",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
					"--spring.mail.properties.mail.smtp.starttls.enable=false");
		await().atMost(Duration.ofMinutes(2)).until(() -> post("{\"query\":\"{ __typename }\"}").statusCode() == 200);
	}

	@AfterAll
	static void stop() {
		platform.close();
	}

	@Test
	void theProfileIsProductionsShapeWithoutDemoData() throws Exception {
		assertThat(platform.getEnvironment().getActiveProfiles()).containsExactly("production");
		assertThat(post("{\"query\":\"{ werkplaatsen(first: 1) { totalCount } }\"}").body())
			.contains("\"totalCount\":0");
	}

	@Test
	void introspectionIsOffAndGraphiqlAbsent() throws Exception {
		HttpResponse<String> schema = post("{\"query\":\"{ __schema { types { name } } }\"}");
		HttpResponse<String> type = post("{\"query\":\"{ __type(name: \\\"Intake\\\") { fields { name } } }\"}");
		HttpResponse<String> graphiql = http.send(HttpRequest.newBuilder(URI.create(base() + "/graphiql")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(schema.body()).doesNotContain("\"types\"").contains("errors");
		assertThat(type.body()).doesNotContain("\"fields\"").contains("errors");
		assertThat(graphiql.statusCode()).isIn(401, 403, 404);
		assertThat(graphiql.body()).doesNotContainIgnoringCase("<html").doesNotContainPattern(INTERNALS);
	}

	@Test
	void noMalformedRequestIsAnsweredWithInternals() throws Exception {
		Map<String, String> malformed = Map.ofEntries(Map.entry("misspelled field", """
				{"query":"{ werkplaatsen { nodez { nam } } }"}"""), Map.entry("syntax", """
				{"query":"{ werkplaatsen( { "}"""), Map.entry("unknown type in fragment", """
				{"query":"{ node(id: \\"x\\") { ... on Intakee { id } } }"}"""), Map.entry("wrong variable type", """
				{"query":"query($n: Int) { werkplaatsen(first: $n) { totalCount } }","variables":{"n":"veel"}}"""),
				Map.entry("bad enum", """
						{"query":"{ events(werkplaatsSlug: \\"x\\", first: 1) { nodes { kind(x: 1) } } }"}"""),
				Map.entry("tampered cursor", """
						{"query":"{ werkplaatsen(after: \\"AAAA\\") { totalCount } }"}"""),
				Map.entry("not a global id", """
						{"query":"{ node(id: \\"%%%\\") { id } }"}"""), Map.entry("broken json", "{\"query\": "),
				Map.entry("query not a string", "{\"query\": 42}"), Map.entry("empty body", ""),
				Map.entry("mutation without input", """
						{"query":"mutation { intakeSubmit { reference } }"}"""), Map.entry("deep",
						"{\"query\":\"{ " + "werkplaatsen { nodes { ".repeat(12) + "id" + " } }".repeat(12) + " }\"}"));
		for (Map.Entry<String, String> request : malformed.entrySet()) {
			HttpResponse<String> answer = post(request.getValue());

			assertThat(answer.statusCode()).as(request.getKey()).isLessThan(500);
			assertThat(answer.body()).as(request.getKey() + ": " + answer.body()).doesNotContainPattern(INTERNALS);
		}
		HttpResponse<String> wrongType = http.send(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hallo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> unknownPath = http.send(
				HttpRequest.newBuilder(URI.create(base() + "/actuator/env")).build(),
				HttpResponse.BodyHandlers.ofString());
		for (HttpResponse<String> answer : List.of(wrongType, unknownPath)) {
			assertThat(answer.statusCode()).isLessThan(500);
			assertThat(answer.body()).doesNotContainPattern(INTERNALS);
		}
	}

	private static HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String base() {
		return "http://localhost:" + platform.getEnvironment().getRequiredProperty("local.server.port");
	}

}
