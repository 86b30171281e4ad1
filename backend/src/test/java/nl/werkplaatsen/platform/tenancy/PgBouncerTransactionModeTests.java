package nl.werkplaatsen.platform.tenancy;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The platform is safe behind PgBouncer in transaction mode: what it tells the database
 * about the caller ({@link DatabaseSession}) is transaction-local, so the next client
 * that gets the same server connection sees none of it — where a session-level setting
 * would leak, as the control case shows. Runs PgBouncer (Debian's {@code pgbouncer},
 * which CI installs) with one server connection in front of the test database, and the
 * JDBC driver with {@code prepareThreshold=0} as the chart README says for PgBouncer
 * before 1.21.
 */
@PlatformTest
class PgBouncerTransactionModeTests {

	private static final Path PGBOUNCER = Path.of("/usr/sbin/pgbouncer");

	private static Process pgbouncer;

	private static String url;

	@BeforeAll
	static void startPgBouncer() throws Exception {
		assumeTrue(Files.isExecutable(PGBOUNCER), "PgBouncer is not installed (apt-get install pgbouncer)");
		URI database = URI.create(TestPostgres.database().url().substring("jdbc:".length()));
		String name = database.getPath().substring(1);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path directory = Files.createTempDirectory("pgbouncer");
		Files.writeString(directory.resolve("users.txt"), "\"" + TestPostgres.APP + "\" \"\"\n");
		Files.writeString(directory.resolve("pgbouncer.ini"), """
				[databases]
				%s = host=%s port=%d dbname=%s user=%s password=%s
				[pgbouncer]
				listen_addr = 127.0.0.1
				listen_port = %d
				unix_socket_dir =
				auth_type = trust
				auth_file = %s
				pool_mode = transaction
				default_pool_size = 1
				max_client_conn = 10
				""".formatted(name, database.getHost(), database.getPort(), name, TestPostgres.APP, TestPostgres.APP,
				port, directory.resolve("users.txt")));
		List<String> command = new ArrayList<>(List.of(PGBOUNCER.toString()));
		if ("root".equals(System.getProperty("user.name"))) {
			// PgBouncer refuses to run as root (CI's containers): it drops to nobody, who
			// must be able to read its configuration.
			command.addAll(List.of("-u", "nobody"));
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		command.add(directory.resolve("pgbouncer.ini").toString());
		pgbouncer = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("out.log").toFile())
			.start();
		url = "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?prepareThreshold=0";
		await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
			try (Connection connection = connect()) {
				return connection.isValid(1);
			}
		});
	}

	@AfterAll
	static void stopPgBouncer() {
		if (pgbouncer != null) {
			pgbouncer.destroy();
		}
	}

	@Test
	void theNextClientOnTheSameServerConnectionSeesNothingOfTheLastOnesWerkplaats() throws SQLException {
		try (Connection woo = connect(); Connection other = connect()) {
			UUID werkplaats = werkplaatsWithTrajecten(woo);

			woo.setAutoCommit(false);
			new DatabaseSession(werkplaats.toString(), "someone", "").tell(woo);
			int backend = backendPid(woo);
			assertThat(count(woo, "select count(*) from traject")).isPositive();
			woo.commit();

			// One server connection: the other client gets the very same one.
			other.setAutoCommit(false);
			assertThat(backendPid(other)).isEqualTo(backend);
			assertThat(text(other, "select coalesce(current_setting('app.werkplaats', true), '')")).isEmpty();
			assertThat(count(other, "select count(*) from traject")).isZero();
			other.commit();
		}
	}

	@Test
	void aSessionLevelSettingWouldLeakToTheNextClient() throws SQLException {
		// The control case: the test sees a leak where there is one.
		try (Connection first = connect(); Connection next = connect()) {
			UUID werkplaats = werkplaatsWithTrajecten(first);
			try (Statement sql = first.createStatement()) {
				sql.execute("select set_config('app.werkplaats', '" + werkplaats + "', false)");
			}
			assertThat(text(next, "select coalesce(current_setting('app.werkplaats', true), '')"))
				.isEqualTo(werkplaats.toString());
			try (Statement sql = next.createStatement()) {
				sql.execute("select set_config('app.werkplaats', '', false)");
			}
		}
	}

	private static UUID werkplaatsWithTrajecten(Connection connection) throws SQLException {
		// The register of werkplaatsen is public; which has trajecten is not: ask as the
		// platform's own national read.
		connection.setAutoCommit(false);
		new DatabaseSession("", "", "read").tell(connection);
		String id = text(connection,
				"select werkplaats_id::text from traject group by werkplaats_id order by count(*) desc limit 1");
		connection.commit();
		connection.setAutoCommit(true);
		return UUID.fromString(id);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(url, TestPostgres.APP, TestPostgres.APP);
	}

	private static int backendPid(Connection connection) throws SQLException {
		return count(connection, "select pg_backend_pid()");
	}

	private static int count(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getInt(1);
		}
	}

	private static String text(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getString(1);
		}
	}

}
