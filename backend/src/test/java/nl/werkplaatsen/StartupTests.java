package nl.werkplaatsen;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's start with the demo data, as {@code infra/run-local.sh} runs it, with
 * clients calling from the first second: the API says it is not ready until the data is
 * in, a stop during the load ends it cleanly, and a load that fails stops the start with
 * its reason.
 */
class StartupTests {

	private static final String COUNT = "{\"query\":\"{ werkplaatsen(first: 1) { totalCount } }\"}";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void answers503AndStaysUnreadyUntilEveryWerkplaatsIsLoaded() throws Exception {
		Start start = Start.of(TestPostgres.freshDatabase(), true);
		List<HttpResponse<String>> duringStart = new ArrayList<>();
		List<HttpResponse<String>> readinessDuringStart = new ArrayList<>();
		while (!start.running().isDone()) {
			call(start.apiPort(), COUNT).ifPresent(duringStart::add);
			readiness(start.managementPort()).ifPresent(readinessDuringStart::add);
			Thread.sleep(50);
		}
		try (ConfigurableApplicationContext context = start.running().get()) {
			assertThat(duringStart).as("answers while the demo data loaded")
				.anySatisfy((response) -> assertThat(response.statusCode()).isEqualTo(503));
			assertThat(duringStart).allSatisfy((response) -> {
				if (response.statusCode() == 503) {
					assertThat(response.body()).contains("\"classification\":\"UNAVAILABLE\"").contains("not ready");
					assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
				}
				else {
					// Whoever gets an answer gets the whole platform.
					assertThat(response.body()).contains("\"totalCount\":20");
				}
			});
			assertThat(readinessDuringStart).allSatisfy((response) -> {
				if (response.statusCode() == 200) {
					assertThat(call(start.apiPort(), COUNT).orElseThrow().body()).contains("\"totalCount\":20");
				}
			});
			assertThat(call(start.apiPort(), COUNT).orElseThrow().body()).contains("\"totalCount\":20");
			assertThat(readiness(start.managementPort()).orElseThrow().statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aStopDuringTheDemoLoadEndsTheLoadBeforeTheDatabaseIsClosed() throws Exception {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		Start start = Start.of(database, true);
		// Some werkplaatsen are in: the load is in full swing.
		while (werkplaatsen(database) < 3 && !start.running().isDone()) {
			Thread.sleep(20);
		}
		assertThat(start.running()).as("still loading").isNotDone();

		// What the JVM's shutdown hook does on Ctrl-C or TERM.
		start.context().get().close();

		Throwable failure = start.failure();
		assertThat(failure).as("the start ends: the platform is stopping").isNotNull();
		assertThat(causes(failure)).noneMatch((cause) -> String.valueOf(cause.getMessage()).contains("is closed"))
			.anyMatch((cause) -> String.valueOf(cause.getMessage())
				.contains("demo data load was stopped because the platform is shutting down"));
		assertThat(werkplaatsen(database)).isBetween(3L, 19L);
	}

	@Test
	void aDemoLoadThatFailsStopsTheStartWithTheReason() throws Exception {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		// The schema without demo data, then an institution holding a demo BRIN code.
		Start.of(database, false).running().get(2, TimeUnit.MINUTES).close();
		try (Connection owner = database.connectAsOwner(); Statement sql = owner.createStatement()) {
			sql.execute("insert into institution (id, name, level, brin_code) values "
					+ "(gen_random_uuid(), 'Al bezet', 'HBO', '25BE')");
		}

		Throwable failure = Start.of(database, true).failure();

		assertThat(failure).isNotNull();
		assertThat(causes(failure)).anyMatch((cause) -> String.valueOf(cause.getMessage())
			.startsWith("The demo data could not be loaded: Demo data refused by institutionCreate"));
	}

	private java.util.Optional<HttpResponse<String>> call(int port, String body) {
		try {
			return java.util.Optional
				.of(this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (java.io.IOException ex) {
			return java.util.Optional.empty(); // not listening yet
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private java.util.Optional<HttpResponse<String>> readiness(int port) {
		try {
			return java.util.Optional.of(this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (java.io.IOException ex) {
			return java.util.Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long werkplaatsen(TestPostgres.Database database) throws SQLException {
		try (Connection owner = database.connectAsOwner();
				Statement sql = owner.createStatement();
				ResultSet result = sql.executeQuery("select count(*) from werkplaats")) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			return 0; // not migrated yet
		}
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
			causes.add(cause);
		}
		return causes;
	}

	/**
	 * The platform starting on its own thread, as {@code LocalPlatform} starts it: the
	 * local profile, on the given database, with or without demo data.
	 */
	record Start(CompletableFuture<ConfigurableApplicationContext> running,
			AtomicReference<ConfigurableApplicationContext> context, int apiPort, int managementPort) {

		static Start of(TestPostgres.Database database, boolean demo) throws java.io.IOException {
			int apiPort = freePort();
			int managementPort = freePort();
			AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
			CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture.supplyAsync(
					() -> new SpringApplicationBuilder(WerkplaatsPlatformApplication.class).profiles("local")
						.initializers(context::set)
						.run("--spring.datasource.url=" + database.url(),
								"--spring.datasource.username=" + TestPostgres.APP,
								"--spring.datasource.password=" + TestPostgres.APP,
								"--spring.liquibase.user=" + TestPostgres.OWNER,
								"--spring.liquibase.password=" + TestPostgres.OWNER, "--server.port=" + apiPort,
								"--management.server.port=" + managementPort, "--werkplaats.demo.enabled=" + demo,
								"--werkplaats.scheduling.enabled=false", "--spring.mail.host=127.0.0.1",
								"--spring.mail.port=" + TestMail.port(),
								"--spring.mail.properties.mail.smtp.starttls.enable=false",
								"--werkplaats.keycloak.admin.realm-url=http://127.0.0.1:9/realms/werkplaatsen"),
					(task) -> Thread.ofPlatform().name("platform-start").start(task));
			while (context.get() == null && !running.isDone()) {
				Thread.onSpinWait();
			}
			return new Start(running, context, apiPort, managementPort);
		}

		/** How the start ended: null when it ran. */
		Throwable failure() throws InterruptedException {
			try {
				running().get(3, TimeUnit.MINUTES).close();
				return null;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				return ex.getCause();
			}
			catch (java.util.concurrent.TimeoutException ex) {
				throw new IllegalStateException("The start neither ended nor failed", ex);
			}
		}

		private static int freePort() throws java.io.IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

}
