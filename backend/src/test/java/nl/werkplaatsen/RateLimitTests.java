package nl.werkplaatsen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.werkplaatsen.support.KeycloakServer;
import nl.werkplaatsen.support.TestMail;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of the platform on one database draw from one set of buckets: the budget
 * of a caller is the same whichever replica answers, a caller over it gets 429 with
 * {@code Retry-After}, and one werkplaats's flood leaves another's staff unaffected.
 */
class RateLimitTests {

	private static final int ANONYMOUS_BUDGET = 10;

	private static final int CLIENT_BUDGET = 5;

	private static final String QUERY = "{\"query\":\"{ werkplaatsen(first: 1) { totalCount } }\"}";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

	@BeforeAll
	static void startTwoReplicas() {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		// The first loads the demo data (the teams and clients), the second finds it.
		replicas.add(replica(database, true));
		replicas.add(replica(database, false));
		for (ConfigurableApplicationContext replica : replicas) {
			await().atMost(Duration.ofMinutes(3)).until(() -> ready(replica));
		}
	}

	@AfterAll
	static void stopReplicas() {
		replicas.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void anAnonymousCallersBudgetIsSharedByBothReplicasAndThenRefusedWithRetryAfter() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < ANONYMOUS_BUDGET + 2; i++) {
			statuses.add(post(replicas.get(i % 2), null).statusCode());
		}
		HttpResponse<String> refused = post(replicas.get(0), null);

		assertThat(statuses.subList(0, ANONYMOUS_BUDGET)).containsOnly(200);
		assertThat(statuses.subList(ANONYMOUS_BUDGET, statuses.size())).containsOnly(429);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1, 60));
		assertThat(refused.body()).contains("RATE_LIMITED");
	}

	@Test
	void aWerkplaatssFloodingClientIsRefusedWhileAnotherWerkplaatssStaffWorkOn() throws Exception {
		String flooding = KeycloakServer.get().clientToken("werkplaats-online-ondernemen-frontend", "demo-secret");
		String staff = KeycloakServer.get().passwordToken("digitale-werkplaats-twente-coordinator");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < CLIENT_BUDGET + 3; i++) {
			statuses.add(post(replicas.get(i % 2), flooding).statusCode());
		}

		assertThat(statuses.subList(0, CLIENT_BUDGET)).containsOnly(200);
		assertThat(statuses.subList(CLIENT_BUDGET, statuses.size())).containsOnly(429);
		assertThat(post(replicas.get(0), staff).statusCode()).isEqualTo(200);
		assertThat(post(replicas.get(1), staff).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext replica, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(replica, "local.server.port") + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean ready(ConfigurableApplicationContext replica) {
		try {
			return http.send(HttpRequest
				.newBuilder(URI.create(
						"http://localhost:" + port(replica, "local.management.port") + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static int port(ConfigurableApplicationContext replica, String property) {
		return Integer.parseInt(replica.getEnvironment().getRequiredProperty(property));
	}

	private static ConfigurableApplicationContext replica(TestPostgres.Database database, boolean demo) {
		return new SpringApplicationBuilder(WerkplaatsPlatformApplication.class).run(
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + TestPostgres.APP,
				"--spring.datasource.password=" + TestPostgres.APP, "--spring.liquibase.user=" + TestPostgres.OWNER,
				"--spring.liquibase.password=" + TestPostgres.OWNER, "--server.port=0", "--management.server.port=0",
				"--werkplaats.demo.enabled=" + demo, "--werkplaats.scheduling.enabled=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
				"--spring.mail.properties.mail.smtp.starttls.enable=false",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + KeycloakServer.get().issuer(),
				"--werkplaats.keycloak.admin.realm-url=" + KeycloakServer.get().realmUrl(),
				"--werkplaats.keycloak.admin.client-secret=platform-admin-demo-secret",
				"--werkplaats.rate-limits.anonymous-per-minute=" + ANONYMOUS_BUDGET,
				"--werkplaats.rate-limits.client-per-minute=" + CLIENT_BUDGET,
				"--werkplaats.rate-limits.person-per-minute=" + CLIENT_BUDGET);
	}

}
