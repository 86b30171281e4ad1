package nl.werkplaatsen.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL server of a test run or the local stack never outlives its JVM:
 * even a JVM killed outright (no shutdown hook runs) leaves no server and no data folder
 * behind.
 */
class EmbeddedPostgresWatchdogTests {

	@Test
	void aKilledJvmLeavesNoServerAndNoDataFolder() throws Exception {
		String given = System.getenv("WERKPLAATS_TEST_DB_ADMIN_URL");
		assumeTrue(given == null || given.isBlank(), "an outside server: nothing of ours to clean up");
		assumeTrue(!Files.exists(Path.of("/var/run/docker.sock")), "Testcontainers cleans up its own containers");
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process child = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), ServerOwner.class.getName()))
			.redirectErrorStream(true)
			.start();
		long server;
		Path dataFolder;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = out.readLine();
			}
			while (line != null && !line.startsWith("SERVER "));
			assertThat(line).as("the child JVM started a server").isNotNull();
			String[] parts = line.split(" ", 3);
			server = Long.parseLong(parts[1]);
			dataFolder = Path.of(parts[2]);
			assertThat(ProcessHandle.of(server)).hasValueSatisfying((handle) -> assertThat(handle.isAlive()).isTrue());

			child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
			child.waitFor();
		}

		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)
				&& (ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false) || Files.exists(dataFolder))) {
			Thread.sleep(200);
		}
		assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false)).as("server still running")
			.isFalse();
		assertThat(dataFolder).doesNotExist();
	}

	/**
	 * A JVM that starts the embedded server, says which it is, and waits to be killed.
	 */
	static final class ServerOwner {

		public static void main(String[] args) throws Exception {
			TestPostgres.Database database = TestPostgres.database();
			try (Connection admin = DriverManager.getConnection(database.adminUrl());
					Statement sql = admin.createStatement();
					ResultSet result = sql.executeQuery("show data_directory")) {
				result.next();
				Path folder = Path.of(result.getString(1));
				String pid = Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().strip();
				System.out.println("SERVER " + pid + " " + folder);
				System.out.flush();
			}
			Thread.sleep(Duration.ofMinutes(5));
		}

	}

}
