package nl.werkplaatsen.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The official Keycloak distribution (unpacked by the build from Maven Central) with the
 * demo realm imported, on a free port, once per test run; it hands out real tokens for
 * end-to-end tests.
 */
public final class KeycloakServer {

	private static KeycloakServer instance;

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private Keycloak admin;

	private KeycloakServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** The running server, started on first use and stopped when the JVM exits. */
	public static synchronized KeycloakServer get() {
		if (instance == null) {
			instance = start();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
		}
		return instance;
	}

	/** The issuer of the demo realm's tokens. */
	public String issuer() {
		return "http://localhost:" + this.port + "/realms/werkplaatsen";
	}

	/**
	 * An access token for a demo user (password {@code demo}) through
	 * {@code werkplaats-cli}.
	 */
	public String passwordToken(String username) {
		return passwordToken(username, "demo");
	}

	/** The realm's URL, for the platform's admin client. */
	public String realmUrl() {
		return issuer();
	}

	/**
	 * Keycloak's admin API as the bootstrap admin, for tests that look into the realm or
	 * act as the person (set a password).
	 */
	public RealmResource realm() {
		synchronized (this) {
			if (this.admin == null) {
				this.admin = KeycloakBuilder.builder()
					.serverUrl("http://localhost:" + this.port)
					.realm("master")
					.clientId("admin-cli")
					.username("admin")
					.password("admin")
					.build();
			}
		}
		return this.admin.realm("werkplaatsen");
	}

	/** An access token for a person by password through {@code werkplaats-cli}. */
	public String passwordToken(String username, String password) {
		return token(Map.of("grant_type", "password", "client_id", "werkplaats-cli", "username", username, "password",
				password));
	}

	/** An access token for a confidential client by client credentials. */
	public String clientToken(String clientId, String secret) {
		return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** The HTTP status Keycloak answers a client credentials request with. */
	public int clientTokenStatus(String clientId, String secret) {
		try {
			return this.http
				.send(tokenRequest(
						Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest tokenRequest(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private String token(Map<String, String> form) {
		HttpRequest request = tokenRequest(form);
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token: " + response.body());
			}
			return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("access_token");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static KeycloakServer start() {
		Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
		Path realm = Path.of(System.getProperty("realm.file", "../infra/keycloak/werkplaatsen-realm.json"));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home + "; the build unpacks it");
		}
		try {
			// A wiped data folder: an existing realm would not be imported again.
			FileSystemUtils.deleteRecursively(home.resolve("data"));
			Files.createDirectories(home.resolve("data/import"));
			// The realm's invitation emails go to this test run's SMTP server.
			Files.writeString(home.resolve("data/import/werkplaatsen-realm.json"),
					Files.readString(realm).replace("\"port\": \"3025\"", "\"port\": \"" + TestMail.port() + "\""));
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-port", String.valueOf(port), "--http-management-port",
					String.valueOf(freePort()))
				.redirectErrorStream(true)
				.redirectOutput(new File(home.toFile(), "keycloak-test.log"));
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			KeycloakServer server = new KeycloakServer(builder.start(), port);
			server.awaitReady(Duration.ofMinutes(3));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting; see keycloak-test.log");
			}
			try {
				if (this.http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		stop();
		throw new IllegalStateException("Keycloak did not get ready within " + timeout);
	}

	private void stop() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			this.process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
					java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
