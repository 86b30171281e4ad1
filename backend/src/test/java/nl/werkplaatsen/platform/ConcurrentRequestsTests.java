package nl.werkplaatsen.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.OOST_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_FRONTEND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests from many callers at once, while another thread runs in-process mutations the
 * way the demo data loader does: nothing fails, nothing is lost, and every transaction
 * sees only the werkplaats its own caller acts for.
 */
@PlatformTest
class ConcurrentRequestsTests {

	private static final String WOO = "werkplaats-online-ondernemen";

	private static final String TWENTE = "digitale-werkplaats-twente";

	private static final String OWN_WORK = """
			{
			  viewer { kind nationalRoles werkplaats { slug } }
			  intakes(first: 50) { nodes { werkplaats { slug } } }
			  trajecten(first: 50) { nodes { werkplaats { slug } } }
			}""";

	private static final String OFFER = """
			mutation($input: OfferCreateInput!) {
			  offerCreate(input: $input) { offer { id werkplaats { slug } } userErrors { code field message } }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	ExecutionGraphQlService inProcess;

	@Test
	void requestsBesideInProcessMutationsNeitherFailNorMixWerkplaatsen() throws Exception {
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean loading = new AtomicBoolean(true);
		ExecutorService callers = Executors.newFixedThreadPool(6);
		List<Future<?>> running = new ArrayList<>();
		List<String> offersCreated = Collections.synchronizedList(new ArrayList<>());
		for (int c = 0; c < 6; c++) {
			running.add(callers.submit(() -> {
				int calls = 0;
				while ((loading.get() || calls < 10) && calls < 400) {
					calls++;
					try {
						callOnce(failures, offersCreated);
					}
					catch (RuntimeException | AssertionError ex) {
						failures.add("request: " + ex);
					}
				}
			}));
		}
		List<String> loaded = new ArrayList<>();
		try {
			loaded.addAll(loadLikeTheDemoData(40));
		}
		catch (RuntimeException ex) {
			failures.add("in-process: " + ex);
		}
		finally {
			loading.set(false);
		}
		for (Future<?> caller : running) {
			caller.get(2, TimeUnit.MINUTES);
		}
		callers.shutdown();

		assertThat(failures).isEmpty();
		assertThat(loaded).hasSize(40);
		// Nothing lost: every programme and offer made is there afterwards.
		Response programmes = this.graphQl.execute(NETWORK_COORDINATOR, "{ institutions { programmes { id } } }");
		assertThat(programmes.<List<String>>path("$.data.institutions[*].programmes[*].id")).containsAll(loaded);
		for (String offer : offersCreated) {
			Response found = this.graphQl.execute(NETWORK_COORDINATOR, "query($id: ID!) { node(id: $id) { id } }",
					Map.of("id", offer));
			assertThat(found.<String>path("$.data.node.id")).as("offer %s", offer).isEqualTo(offer);
		}
	}

	/** One request of a random caller, checked against that caller. */
	private void callOnce(List<String> failures, List<String> offersCreated) {
		switch (ThreadLocalRandom.current().nextInt(7)) {
			case 0 -> ownWork(WOO_COORDINATOR, null, WOO, failures);
			case 1 -> ownWork(TWENTE_COORDINATOR, null, TWENTE, failures);
			case 2 -> ownWork(OOST_COORDINATOR, TWENTE, TWENTE, failures);
			case 3 -> {
				Response response = this.graphQl.execute(NETWORK_COORDINATOR,
						"{ viewer { nationalRoles werkplaats { slug } } werkplaatsen(first: 5) { totalCount } }");
				expect(response, failures, "network coordinator",
						() -> response.<List<String>>path("$.data.viewer.nationalRoles").contains("NETWORK_COORDINATOR")
								&& response.path("$.data.viewer.werkplaats") == null);
			}
			case 4 -> {
				Response response = this.graphQl.execute(ANONYMOUS, "{ werkplaatsen(first: 1) { totalCount } }");
				expect(response, failures, "anonymous",
						() -> response.<Integer>path("$.data.werkplaatsen.totalCount") != null);
			}
			case 5 -> {
				Response response = this.graphQl.execute(WOO_FRONTEND, "{ viewer { kind werkplaats { slug } } }");
				expect(response, failures, "frontend client",
						() -> WOO.equals(response.path("$.data.viewer.werkplaats.slug")));
			}
			default -> {
				Persona coordinator = ThreadLocalRandom.current().nextBoolean() ? WOO_COORDINATOR : TWENTE_COORDINATOR;
				String slug = (coordinator == WOO_COORDINATOR) ? WOO : TWENTE;
				Response response = this.graphQl.execute(coordinator, OFFER,
						Map.of("input", Map.of("title", "Gelijktijdig aanbod " + UUID.randomUUID())));
				expect(response, failures, coordinator + " creating an offer",
						() -> slug.equals(response.path("$.data.offerCreate.offer.werkplaats.slug")));
				String id = response.path("$.data.offerCreate.offer.id");
				if (id != null) {
					offersCreated.add(id);
				}
			}
		}
	}

	private void ownWork(Persona persona, String header, String slug, List<String> failures) {
		Response response = this.graphQl.execute(persona, header, OWN_WORK, Map.of());
		expect(response, failures, persona.name(), () -> {
			List<String> seen = new ArrayList<>(response.<List<String>>path("$.data.intakes.nodes[*].werkplaats.slug"));
			seen.addAll(response.<List<String>>path("$.data.trajecten.nodes[*].werkplaats.slug"));
			return slug.equals(response.path("$.data.viewer.werkplaats.slug")) && !seen.isEmpty()
					&& Set.copyOf(seen).equals(Set.of(slug));
		});
	}

	private static void expect(Response response, List<String> failures, String caller, Supplier<Boolean> check) {
		if (response.status() != 200 || !response.errors().isEmpty() || !check.get()) {
			failures.add(caller + ": " + response.status() + " " + response.body());
		}
	}

	/**
	 * Institutions and programmes as a system network coordinator, and offers as a
	 * werkplaats's admin, each through the in-process GraphQL service; the programme ids.
	 */
	private List<String> loadLikeTheDemoData(int programmes) {
		Actor loader = new Actor(Actor.Kind.SYSTEM, "demo-data", Set.of(NationalRole.NETWORK_COORDINATOR), null);
		String werkplaatsId = (String) Tenancy
			.callAs(loader,
					() -> mutate("query { werkplaats(slug: \"mkb-digital-workspace\") { id } }", null, Map.of()))
			.get("id");
		Actor admin = new Actor(Actor.Kind.SYSTEM, "demo-data", Set.of(), new Actor.ActingWerkplaats(
				GlobalId.idOf(werkplaatsId, "Werkplaats").orElseThrow(), "mkb-digital-workspace", TeamRole.ADMIN));
		List<String> made = new ArrayList<>();
		for (int i = 0; i < programmes; i++) {
			String brin = String.format(Locale.ROOT, "%02d", ThreadLocalRandom.current().nextInt(100))
					+ (char) ('A' + ThreadLocalRandom.current().nextInt(26))
					+ (char) ('A' + ThreadLocalRandom.current().nextInt(26));
			Map<String, Object> institutionPayload = Tenancy.callAs(loader, () -> mutate("""
					mutation($input: InstitutionCreateInput!) {
					  institutionCreate(input: $input) { institution { id } userErrors { code field message } }
					}""", "institutionCreate",
					Map.of("name", "Gelijktijdig ROC " + UUID.randomUUID(), "level", "MBO", "brinCode", brin)));
			String institution = (institutionPayload.get("institution") instanceof Map<?, ?> created)
					? (String) created.get("id") : null;
			if (institution == null) {
				// The random BRIN code was taken: another try.
				i--;
				continue;
			}
			Map<?, ?> programme = (Map<?, ?>) Tenancy
				.callAs(loader,
						() -> mutate("""
								mutation($input: ProgrammeCreateInput!) {
								  programmeCreate(input: $input) { programme { id } userErrors { code field message } }
								}""", "programmeCreate",
								Map.of("institutionId", institution, "name", "Software developer", "discipline",
										"ICT")))
				.get("programme");
			made.add((String) programme.get("id"));
			String title = "Aanbod van de lader " + i;
			Tenancy.runAs(admin, () -> mutate(OFFER, "offerCreate", Map.of("title", title)));
		}
		return made;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> mutate(String document, String field, Map<String, Object> input) {
		ExecutionGraphQlResponse response = this.inProcess
			.execute(new DefaultExecutionGraphQlRequest(document, null,
					(field != null) ? Map.of("input", input) : Map.of(), Map.of(), UUID.randomUUID().toString(),
					Locale.ROOT))
			.block();
		assertThat(response).isNotNull();
		if (!response.getErrors().isEmpty()) {
			throw new IllegalStateException(field + " refused: " + response.getErrors());
		}
		Map<String, Object> data = response.getData();
		Map<String, Object> payload = (Map<String, Object>) data.get((field != null) ? field : "werkplaats");
		if (field != null && payload.get("userErrors") instanceof List<?> errors && !errors.isEmpty()
				&& !"institutionCreate".equals(field)) {
			throw new IllegalStateException(field + " refused: " + errors);
		}
		return payload;
	}

}
