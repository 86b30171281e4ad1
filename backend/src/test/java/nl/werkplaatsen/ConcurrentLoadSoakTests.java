package nl.werkplaatsen;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.KeycloakServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A soak over real HTTP with real Keycloak tokens: callers of every kind — coordinators
 * and admins of two werkplaatsen, a coordinator choosing with the {@code Werkplaats}
 * header, a frontend client, the national roles, anonymous visitors — read and write at
 * once while another thread runs in-process mutations as the demo data loader does. No
 * request may fail, and every answer is checked against its caller: a werkplaats sees
 * only itself. Bounded by {@code soak.duration} (10 s in the build; the benchmark profile
 * runs minutes) and loopback only.
 */
class ConcurrentLoadSoakTests extends EndToEndTest {

	private static final String WOO = "werkplaats-online-ondernemen";

	private static final String TWENTE = "digitale-werkplaats-twente";

	private static final String OWN_WORK = """
			{ viewer { werkplaats { slug } }
			  intakes(first: 30) { nodes { werkplaats { slug } organisation { name } } }
			  trajecten(first: 30) { nodes { werkplaats { slug } team { role } } } }""";

	private static final String MENUS = """
			{ werkplaatsen(first: 20) { nodes { slug offers(first: 10) { nodes { werkplaats { slug } } }
			  upcomingEvents { werkplaats { slug } } } } }""";

	private static final String OFFER = """
			mutation($input: OfferCreateInput!) { offerCreate(input: $input) {
			  offer { id werkplaats { slug } } userErrors { code field message } } }""";

	@Autowired
	ExecutionGraphQlService inProcess;

	@Test
	void mixedConcurrentLoadNeitherFailsNorMixesWerkplaatsen() throws Exception {
		Duration duration = Duration.parse(System.getProperty("soak.duration", "PT10S"));
		int callers = Integer.getInteger("soak.callers", 8);
		KeycloakServer keycloak = KeycloakServer.get();
		Map<String, String> tokens = new ConcurrentHashMap<>();
		for (String user : List.of("werkplaats-online-ondernemen-coordinator", "digitale-werkplaats-twente-coordinator",
				"digitale-werkplaats-twente-admin", "oost-coordinator", "network-coordinator", "ministry-analyst")) {
			tokens.put(user, keycloak.passwordToken(user));
		}
		tokens.put("frontend", keycloak.clientToken("werkplaats-online-ondernemen-frontend", "demo-secret"));

		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong loaderMutations = new AtomicLong();
		Instant end = Instant.now().plus(duration);
		ExecutorService pool = Executors.newFixedThreadPool(callers + 1);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			running.add(pool.submit(() -> {
				while (Instant.now().isBefore(end) && failures.size() < 20) {
					long started = System.nanoTime();
					String caller = callOnce(tokens, failures);
					latencies.add(System.nanoTime() - started);
					calls.computeIfAbsent(caller, (key) -> new AtomicInteger()).incrementAndGet();
				}
				return null;
			}));
		}
		running.add(pool.submit(() -> {
			Actor loader = new Actor(Actor.Kind.SYSTEM, "soak-loader", Set.of(NationalRole.NETWORK_COORDINATOR), null);
			while (Instant.now().isBefore(end) && failures.size() < 20) {
				String error = Tenancy.callAs(loader, this::createInstitutionInProcess);
				if (error != null) {
					failures.add("in-process: " + error);
				}
				loaderMutations.incrementAndGet();
			}
			return null;
		}));
		for (Future<?> caller : running) {
			caller.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		report(duration, calls, latencies, loaderMutations.get());
		assertThat(failures).isEmpty();
		assertThat(calls.keySet()).contains("woo-coordinator", "twente-coordinator", "oost-coordinator", "twente-admin",
				"frontend", "network-coordinator", "ministry-analyst", "anonymous");
		assertThat(loaderMutations.get()).isPositive();
	}

	/** One request of a random caller, checked against that caller; the caller's name. */
	private String callOnce(Map<String, String> tokens, List<String> failures) throws Exception {
		switch (ThreadLocalRandom.current().nextInt(8)) {
			case 0 -> {
				check(failures, "woo-coordinator",
						ownWork(tokens.get("werkplaats-online-ondernemen-coordinator"), null), WOO);
				return "woo-coordinator";
			}
			case 1 -> {
				check(failures, "twente-coordinator",
						ownWork(tokens.get("digitale-werkplaats-twente-coordinator"), null), TWENTE);
				return "twente-coordinator";
			}
			case 2 -> {
				check(failures, "oost-coordinator", ownWork(tokens.get("oost-coordinator"), TWENTE), TWENTE);
				return "oost-coordinator";
			}
			case 3 -> {
				HttpResponse<String> response = post(tokens.get("digitale-werkplaats-twente-admin"), null, OFFER,
						Map.of("input", Map.of("title", "Soak " + UUID.randomUUID())));
				expect(failures, "twente-admin", response,
						TWENTE.equals(read(response, "$.data.offerCreate.offer.werkplaats.slug")));
				return "twente-admin";
			}
			case 4 -> {
				HttpResponse<String> response = post(tokens.get("frontend"), null,
						"{ viewer { kind werkplaats { slug offers(first: 50, includeDrafts: true) "
								+ "{ nodes { werkplaats { slug } } } } } }",
						Map.of());
				List<String> slugs = read(response, "$.data.viewer.werkplaats.offers.nodes[*].werkplaats.slug");
				expect(failures, "frontend", response, WOO.equals(read(response, "$.data.viewer.werkplaats.slug"))
						&& slugs != null && Set.copyOf(slugs).equals(Set.of(WOO)));
				return "frontend";
			}
			case 5 -> {
				HttpResponse<String> response = post(tokens.get("network-coordinator"), null,
						"{ viewer { nationalRoles werkplaats { slug } } werkplaatsen(first: 5) { totalCount } }",
						Map.of());
				List<String> roles = read(response, "$.data.viewer.nationalRoles");
				expect(failures, "network-coordinator", response, roles != null && roles.contains("NETWORK_COORDINATOR")
						&& read(response, "$.data.viewer.werkplaats") == null);
				return "network-coordinator";
			}
			case 6 -> {
				// The ministry reads aggregates only: never a werkplaats's intakes.
				HttpResponse<String> response = post(tokens.get("ministry-analyst"), null,
						"{ intakes(first: 5) { nodes { id } } }", Map.of());
				if (response.statusCode() != 200 || !response.body().contains("FORBIDDEN")
						|| response.body().contains("\"nodes\"")) {
					failures.add("ministry-analyst: " + response.statusCode() + " " + response.body());
				}
				return "ministry-analyst";
			}
			default -> {
				HttpResponse<String> response = post(null, null, MENUS, Map.of());
				List<Map<String, Object>> werkplaatsen = read(response, "$.data.werkplaatsen.nodes");
				boolean own = werkplaatsen != null && !werkplaatsen.isEmpty();
				for (Map<String, Object> werkplaats : (own ? werkplaatsen : List.<Map<String, Object>>of())) {
					String json = this.json.writeValueAsString(werkplaats);
					List<String> slugs = JsonPath.read(json, "$..werkplaats.slug");
					own &= slugs.stream().allMatch(werkplaats.get("slug")::equals);
				}
				expect(failures, "anonymous", response, own);
				return "anonymous";
			}
		}
	}

	private HttpResponse<String> ownWork(String token, String werkplaats) throws Exception {
		return post(token, werkplaats, OWN_WORK, Map.of());
	}

	private static void check(List<String> failures, String caller, HttpResponse<String> response, String slug) {
		List<String> seen = new ArrayList<>();
		List<String> intakes = read(response, "$.data.intakes.nodes[*].werkplaats.slug");
		List<String> trajecten = read(response, "$.data.trajecten.nodes[*].werkplaats.slug");
		if (intakes != null && trajecten != null) {
			seen.addAll(intakes);
			seen.addAll(trajecten);
		}
		expect(failures, caller, response, slug.equals(read(response, "$.data.viewer.werkplaats.slug"))
				&& !seen.isEmpty() && Set.copyOf(seen).equals(Set.of(slug)));
	}

	private static void expect(List<String> failures, String caller, HttpResponse<String> response, boolean right) {
		if (response.statusCode() != 200 || response.body().contains("\"errors\"") || !right) {
			failures.add(caller + ": " + response.statusCode() + " " + response.body());
		}
	}

	private static <T> T read(HttpResponse<String> response, String path) {
		try {
			return JsonPath.read(response.body(), path);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** An institution through the in-process GraphQL service; the error, if any. */
	private String createInstitutionInProcess() {
		String brin = String.format(Locale.ROOT, "%02d%c%c", ThreadLocalRandom.current().nextInt(100),
				(char) ('A' + ThreadLocalRandom.current().nextInt(26)),
				(char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		ExecutionGraphQlResponse response = this.inProcess
			.execute(new DefaultExecutionGraphQlRequest("""
					mutation($input: InstitutionCreateInput!) {
					  institutionCreate(input: $input) { institution { id } userErrors { code } } }""", null,
					Map.of("input", Map.of("name", "Soak ROC " + UUID.randomUUID(), "level", "MBO", "brinCode", brin)),
					Map.of(), UUID.randomUUID().toString(), Locale.ROOT))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			return (response != null) ? response.getErrors().toString() : "no response";
		}
		// A random BRIN code may be taken already (TAKEN): that is an answer, not a
		// fault.
		return null;
	}

	private static void report(Duration duration, Map<String, AtomicInteger> calls, List<Long> latencies,
			long loaderMutations) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		int total = sorted.size();
		System.out.printf(Locale.ROOT,
				"Soak over %s: %d requests (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d in-process mutations; "
						+ "per caller %s%n",
				duration, total, total / Math.max(1.0, duration.toMillis() / 1000.0), percentile(sorted, 0.50),
				percentile(sorted, 0.95), percentile(sorted, 0.99), loaderMutations, calls);
	}

	private static double percentile(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}
