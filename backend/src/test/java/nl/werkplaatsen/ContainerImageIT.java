package nl.werkplaatsen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.werkplaatsen.support.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the container image without a Docker engine: the packaged jar
 * extracts into exactly the layers {@code backend/Dockerfile} copies, and those layers,
 * merged as the image merges them, start the application the way the Helm chart's
 * migration job does.
 */
class ContainerImageIT {

	private static final Path JAR = Path.of(System.getProperty("boot.jar", "target/werkplaats-backend.jar"));

	private static final Path LAYERS = Path.of(System.getProperty("layers.dir", "target/image-layers"));

	private static final Path DOCKERFILE = Path.of(System.getProperty("dockerfile", "Dockerfile"));

	private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

	private static String dockerfile;

	@BeforeAll
	static void extractLayers() throws IOException, InterruptedException {
		dockerfile = Files.readString(DOCKERFILE);
		// A fresh extraction every build: classes left from an earlier build must not
		// linger.
		if (Files.exists(LAYERS)) {
			try (Stream<Path> old = Files.walk(LAYERS)) {
				for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Result extract = run(Map.of(), JAVA, "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--layers",
				"--launcher", "--destination", LAYERS.toString(), "--force");
		assertThat(extract.exitCode()).as(extract.output()).isZero();
	}

	@Test
	void theJarExtractsIntoExactlyTheLayersTheDockerfileCopies() throws IOException {
		List<String> copied = Pattern.compile("(?m)^COPY --from=layers /build/extracted/([\\w-]+)/ \\./$")
			.matcher(dockerfile)
			.results()
			.map((match) -> match.group(1))
			.toList();
		List<String> extracted;
		try (Stream<Path> layers = Files.list(LAYERS)) {
			extracted = layers.filter(Files::isDirectory).map((layer) -> layer.getFileName().toString()).toList();
		}

		assertThat(copied).containsExactlyInAnyOrderElementsOf(extracted).contains("application", "dependencies");
		assertThat(LAYERS.resolve("application/BOOT-INF/classes/nl/werkplaatsen/WerkplaatsPlatformApplication.class"))
			.exists();
		assertThat(LAYERS.resolve("spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class"))
			.exists();
	}

	@Test
	void theImageRunsAsANonRootUserOnAJava25Runtime() {
		assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:25-jre[\\w.-]*$")
			.containsPattern("(?m)^USER 10001:10001$")
			.contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
	}

	@Test
	void theMergedLayersRunTheMigrationJobWithProductionDefaults() throws Exception {
		Path image = Files.createTempDirectory("werkplaats-image");
		for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
			copyTree(LAYERS.resolve(layer), image);
		}
		TestPostgres.Database database = TestPostgres.freshDatabase();

		// As the chart's hook job: arguments from the chart, configuration from the
		// environment, the image's working directory and entry point.
		Result job = run(image,
				Map.of("WERKPLAATS_DB_URL", database.url(), "WERKPLAATS_DB_APP_USER", TestPostgres.APP,
						"WERKPLAATS_DB_APP_PASSWORD", TestPostgres.APP, "WERKPLAATS_DB_OWNER_USER", TestPostgres.OWNER,
						"WERKPLAATS_DB_OWNER_PASSWORD", TestPostgres.OWNER, "SPRING_LIQUIBASE_ENABLED", "true"),
				JAVA, "org.springframework.boot.loader.launch.JarLauncher", "--spring.main.web-application-type=none",
				"--werkplaats.migrate-only=true");

		assertThat(job.exitCode()).as(job.output()).isZero();
		try (Connection owner = database.connectAsOwner();
				Statement sql = owner.createStatement();
				ResultSet tables = sql.executeQuery("select count(*) from pg_tables where tablename = 'offer'")) {
			tables.next();
			assertThat(tables.getInt(1)).isEqualTo(1);
		}
		// Production logs are JSON lines (Elastic Common Schema).
		JsonMapper json = JsonMapper.builder().build();
		List<String> logLines = job.output().lines().filter((line) -> line.startsWith("{")).toList();
		assertThat(logLines).isNotEmpty();
		JsonNode first = json.readTree(logLines.getFirst());
		assertThat(first.path("ecs").path("version").asString()).isNotBlank();
		assertThat(first.path("service").path("name").asString()).isEqualTo("werkplaats-platform");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return; // an empty layer (no snapshot dependencies) adds nothing
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static Result run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		return run(Path.of("."), environment, command);
	}

	private static Result run(Path directory, Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		return new Result(process.exitValue(), new String(output));
	}

	record Result(int exitCode, String output) {
	}

}
