package nl.werkplaatsen.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says, in one line, that the local stack is ready once the demo data is in, the platform
 * accepts traffic (readiness turns UP) and Keycloak answers: how many werkplaatsen it
 * holds, where the API, GraphiQL and Keycloak are and how to log in.
 */
@Component
@ConditionalOnBooleanProperty("werkplaats.demo.enabled")
class ReadyBanner {

	private static final Logger logger = LoggerFactory.getLogger(ReadyBanner.class);

	private static final Duration ISSUER_WAIT = Duration.ofMinutes(3);

	private final Environment environment;

	private final JdbcClient jdbc;

	ReadyBanner(Environment environment, JdbcClient jdbc) {
		this.environment = environment;
		this.jdbc = jdbc;
	}

	@EventListener
	void announce(AvailabilityChangeEvent<ReadinessState> change) {
		if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		long werkplaatsen = this.jdbc.sql("select count(*) from werkplaats").query(Long.class).single();
		String port = this.environment.getProperty("local.server.port", "8080");
		String issuer = this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
		String keycloak = issuer.contains("/realms/") ? issuer.substring(0, issuer.indexOf("/realms/")) : issuer;
		String web = this.environment.containsProperty("werkplaats.web.directory")
				? ", web components' demo pages http://localhost:" + port
						+ "/web/ and national dashboard http://localhost:" + port + "/web/dashboard/"
				: "";
		// Keycloak starts beside the platform (infra/run-local.sh): the stack is ready to
		// log in to once it answers too, which is waited for apart from the start-up.
		Thread.ofVirtual().name("ready-banner").start(() -> {
			if (!answers(issuer)) {
				logger.warn("The platform is up, but Keycloak at {} does not answer: logging in is not possible yet",
						keycloak);
				return;
			}
			logger
				.info("Werkplaats Platform is ready with demo data of {} werkplaatsen: API http://localhost:{}/graphql, GraphiQL "
						+ "http://localhost:{}/graphiql, Keycloak {} (realm werkplaatsen, admin/admin); logins "
						+ "<slug>-admin and <slug>-coordinator for mkb-digital-workspace, werkplaats-online-ondernemen and "
						+ "digitale-werkplaats-twente, network-coordinator, ministry-analyst (password demo, client "
						+ "werkplaats-cli); clients <slug>-frontend / demo-secret{}", werkplaatsen, port, port,
						keycloak, web);
		});
	}

	/** Whether the token issuer answers its discovery document within the wait. */
	private static boolean answers(String issuer) {
		if (issuer.isBlank()) {
			return true;
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Instant until = Instant.now().plus(ISSUER_WAIT);
		while (Instant.now().isBefore(until)) {
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
