package nl.werkplaatsen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server for a test run or the local stack: the superuser URL in
 * {@code WERKPLAATS_TEST_DB_ADMIN_URL} if given, Testcontainers where a Docker engine
 * runs, otherwise embedded PostgreSQL binaries. On it, a fresh database owned by the
 * migration role, and the application role that owns nothing and cannot bypass row-level
 * security.
 */
public final class TestPostgres {

	public static final String OWNER = "werkplaats_owner";

	public static final String APP = "werkplaats_app";

	private static Database database;

	private static EmbeddedPostgres embedded;

	private static boolean stopOnJvmExit = true;

	private TestPostgres() {
	}

	/** The database of this JVM, created on first use. */
	public static synchronized Database database() {
		if (database == null) {
			database = create(adminUrl(),
					"werkplaats_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
		}
		return database;
	}

	/**
	 * Leaves stopping an embedded server to the caller ({@link #stop()}), who can then
	 * stop it after the application that uses it; call before the first use.
	 */
	public static synchronized void stopExplicitly() {
		stopOnJvmExit = false;
	}

	/** Stops the embedded server, if one runs. */
	public static synchronized void stop() {
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				// The JVM is going away; the temporary data directory goes with it.
			}
			embedded = null;
		}
	}

	/**
	 * A further empty database on the same server, for tests that need one of their own.
	 */
	public static Database freshDatabase() {
		Database shared = database();
		return create(shared.adminUrl(),
				"werkplaats_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
	}

	private static String adminUrl() {
		String given = System.getenv("WERKPLAATS_TEST_DB_ADMIN_URL");
		if (given != null && !given.isBlank()) {
			return given;
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
		}
		try {
			// Our own hook (or the caller) stops it, so it can wait for the application.
			embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			watchOver(embedded);
			if (stopOnJvmExit) {
				// After Spring has closed every test context: a context still closing
				// (e.g. the event publication registry) must find the database up.
				org.springframework.boot.SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
			}
			return embedded.getJdbcUrl("postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	/**
	 * Starts a small watchdog, in a session of its own so no signal to this JVM's process
	 * group reaches it, that stops the server and removes its data folder once this JVM
	 * is gone — however it ended (normal end, failure, Ctrl-C, TERM, even KILL). The
	 * orderly stop above usually comes first; then the watchdog finds nothing to do.
	 */
	private static void watchOver(EmbeddedPostgres server) throws IOException {
		String dataDirectory;
		try (Connection admin = server.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement();
				java.sql.ResultSet result = sql.executeQuery("show data_directory")) {
			result.next();
			dataDirectory = result.getString(1);
		}
		catch (SQLException ex) {
			throw new IOException("Could not ask the embedded server for its data folder", ex);
		}
		String script = """
				trap '' INT TERM HUP
				while kill -0 "$1" 2>/dev/null; do sleep 1; done
				if [ -f "$2/postmaster.pid" ]; then
				  server=$(head -n 1 "$2/postmaster.pid")
				  kill -INT "$server" 2>/dev/null
				  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$server" 2>/dev/null || break; sleep 1; done
				  kill -KILL "$server" 2>/dev/null
				fi
				rm -rf "$2"
				""";
		List<String> command = new ArrayList<>(List.of("sh", "-c", script, "postgres-watchdog",
				String.valueOf(ProcessHandle.current().pid()), dataDirectory));
		if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
			command.addFirst("setsid");
		}
		new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private static boolean dockerAvailable() {
		// Asking Testcontainers on a machine without any Docker logs a frightening error;
		// without a socket or DOCKER_HOST there is nothing to ask.
		if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))
				&& !Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/** Makes the roles (once per server) and a database owned by the migration role. */
	public static Database create(String adminUrl, String name) {
		try (Connection admin = DriverManager.getConnection(adminUrl); Statement sql = admin.createStatement()) {
			sql.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then
					    create role %1$s login password '%1$s' bypassrls;
					  end if;
					  if not exists (select from pg_roles where rolname = '%2$s') then
					    create role %2$s login password '%2$s' nosuperuser nobypassrls nocreatedb nocreaterole;
					  end if;
					end $$""".formatted(OWNER, APP));
			sql.execute("create database " + name + " owner " + OWNER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the test database", ex);
		}
		String base = adminUrl.substring(0, adminUrl.indexOf('/', "jdbc:postgresql://".length()));
		return new Database(adminUrl, base + "/" + name);
	}

	/**
	 * A database prepared for the platform.
	 *
	 * @param adminUrl the superuser URL of the server
	 * @param url the database URL, without credentials
	 */
	public record Database(String adminUrl, String url) {

		/** Opens a connection as the application's role. */
		public Connection connectAsApp() throws SQLException {
			return DriverManager.getConnection(this.url, APP, APP);
		}

		/**
		 * Opens a connection as the application's role acting for the werkplaats with
		 * this slug, the way the platform sets it for a request: in a transaction, with
		 * the transaction-local tenant setting.
		 */
		public Connection connectAsAppActingFor(String slug) throws SQLException {
			Connection connection = connectAsApp();
			connection.setAutoCommit(false);
			try (var query = connection.prepareStatement(
					"select set_config('app.werkplaats', (select id::text from werkplaats where slug = ?), true)")) {
				query.setString(1, slug);
				query.execute();
			}
			return connection;
		}

		/** Opens a connection as the migration role. */
		public Connection connectAsOwner() throws SQLException {
			return DriverManager.getConnection(this.url, OWNER, OWNER);
		}

	}

}
