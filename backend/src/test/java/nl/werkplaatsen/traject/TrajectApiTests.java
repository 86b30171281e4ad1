package nl.werkplaatsen.traject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestOffers;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_FRONTEND;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
@RecordApplicationEvents
class TrajectApiTests {

	static final String WOO = "werkplaats-online-ondernemen";

	static final String TRAJECT = "traject { id status startedOn deliveredOn completedAt isStale version "
			+ "offer { title } organisation { kvkNumber } deliverables { kind title } }";

	static final String CREATE = "mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { " + TRAJECT
			+ " userErrors { code field message } } }";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StaleTrajecten staleTrajecten;

	@Test
	void aTrajectFromAnIntakeRunsToCompletionAndCompletingAgainIsRefused(ApplicationEvents events) {
		String intakeId = anonymousIntake(WOO);
		List<Map<String, Object>> suggestions = suggestions(WOO_COORDINATOR, intakeId);
		assertThat(suggestions).isNotEmpty();
		assertThat((List<?>) suggestions.getFirst().get("reasons")).isNotEmpty();
		String offerId = (String) ((Map<?, ?>) suggestions.getFirst().get("offer")).get("id");

		Response created = this.graphQl.execute(WOO_COORDINATOR, CREATE,
				Map.of("input", Map.of("intakeId", intakeId, "offerId", offerId, "academicPeriod", "PERIOD_3")));
		String id = created.path("$.data.trajectCreate.traject.id");
		assertThat(created.<String>path("$.data.trajectCreate.traject.status")).isEqualTo("PLANNED");
		// The intake module closes the intake in reaction to TrajectCreated, after
		// commit.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(intakeStatus(intakeId)).isEqualTo("MATCHED"));

		assertThat(step("trajectStart", "TrajectStartInput", id).<String>path("$.data.trajectStart.traject.status"))
			.isEqualTo("RUNNING");
		Response deliverable = this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: TrajectDeliverableAddInput!) { trajectDeliverableAdd(input: $input) { " + TRAJECT
						+ " userErrors { code field } } }",
				Map.of("input", Map.of("trajectId", id, "kind", "ROADMAP", "title", "Stappenplan reparatieplanner",
						"link", "https://example.org/stappenplan.pdf")));
		assertThat(deliverable.<List<String>>path("$.data.trajectDeliverableAdd.traject.deliverables[*].kind"))
			.containsExactly("ROADMAP");
		assertThat(
				step("trajectDeliver", "TrajectDeliverInput", id).<String>path("$.data.trajectDeliver.traject.status"))
			.isEqualTo("DELIVERED");
		assertThat(step("trajectComplete", "TrajectCompleteInput", id)
			.<String>path("$.data.trajectComplete.traject.status")).isEqualTo("COMPLETED");

		Response again = step("trajectComplete", "TrajectCompleteInput", id);
		assertThat(again.userErrorCodes("trajectComplete")).containsExactly("INVALID_STATE");
		assertThat(events.stream(TrajectCompleted.class)).hasSize(1)
			.allSatisfy((completed) -> assertThat(GlobalId.encode("Traject", completed.trajectId())).isEqualTo(id));
	}

	@Test
	void anIllegalTransitionIsAUserErrorAndChangesNothing() {
		String id = plannedTraject();

		Response deliver = step("trajectDeliver", "TrajectDeliverInput", id);
		Response complete = step("trajectComplete", "TrajectCompleteInput", id);

		assertThat(deliver.userErrorCodes("trajectDeliver")).containsExactly("INVALID_STATE");
		assertThat(complete.userErrorCodes("trajectComplete")).containsExactly("INVALID_STATE");
		assertThat(node(WOO_COORDINATOR, id)).containsEntry("status", "PLANNED").containsEntry("version", 0);
	}

	@Test
	void aMatchedIntakeTakesNoSecondTraject() {
		String intakeId = anonymousIntake(WOO);
		String offerId = firstOffer(intakeId);
		this.graphQl.execute(WOO_COORDINATOR, CREATE,
				Map.of("input", Map.of("intakeId", intakeId, "offerId", offerId)));

		Response second = this.graphQl.execute(WOO_COORDINATOR, CREATE,
				Map.of("input", Map.of("intakeId", intakeId, "offerId", offerId)));

		assertThat(second.userErrorCodes("trajectCreate")).containsExactly("INVALID_STATE");
	}

	@Test
	void anotherWerkplaatsCanNeitherSeeNorMoveNorCreateFromItsIntakes() {
		String id = plannedTraject();
		String wooIntake = anonymousIntake(WOO);

		assertThat(node(TWENTE_COORDINATOR, id)).isNull();
		assertThat(node(WOO_FRONTEND, id)).isNull();
		assertThat(node(ANONYMOUS, id)).isNull();
		assertThat(node(NETWORK_COORDINATOR, id)).containsEntry("status", "PLANNED");
		Response start = this.graphQl.execute(TWENTE_COORDINATOR,
				"mutation($input: TrajectStartInput!) { trajectStart(input: $input) { traject { status } } }",
				Map.of("input", Map.of("id", id)));
		assertThat(start.classifications()).containsExactly("NOT_FOUND");
		Response create = this.graphQl.execute(TWENTE_COORDINATOR, CREATE,
				Map.of("input", Map.of("intakeId", wooIntake, "offerId", firstOffer(wooIntake))));
		assertThat(create.userErrorCodes("trajectCreate")).containsExactly("NOT_FOUND", "NOT_FOUND");
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, "{ trajecten(first: 100) { nodes { id } } }")
			.<List<String>>path("$.data.trajecten.nodes[*].id")).doesNotContain(id);
		assertThat(node(WOO_COORDINATOR, id)).containsEntry("status", "PLANNED");
	}

	@Test
	void anOfferUnavailableInTheWantedPeriodRanksLowerWithTheReason() {
		Map<String, Object> offer = TestOffers.published("Zomerschool webwinkel");
		offer.put("themes", List.of("ONLINE_MARKETING_AND_SALES"));
		offer.put("availablePeriods", List.of("SUMMER"));
		String summerOnly = TestOffers.create(this.graphQl, WOO_COORDINATOR, offer);
		String intakeId = anonymousIntake(WOO);
		this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: IntakeTriageInput!) { intakeTriage(input: $input) { userErrors { code } } }",
				Map.of("input", Map.of("id", intakeId, "themes", List.of("ONLINE_MARKETING_AND_SALES"), "wantedPeriod",
						"PERIOD_3")));

		List<Map<String, Object>> suggestions = suggestions(WOO_COORDINATOR, intakeId);

		Map<String, Object> summer = suggestions.stream()
			.filter((suggestion) -> ((Map<?, ?>) suggestion.get("offer")).get("id").equals(summerOnly))
			.findFirst()
			.orElseThrow();
		assertThat((List<String>) summer.get("reasons")).contains("niet beschikbaar in periode 3");
		assertThat(suggestions.stream().mapToInt((suggestion) -> (Integer) suggestion.get("score")).max().orElseThrow())
			.isGreaterThan((Integer) summer.get("score"));
		assertThat(suggestions).anySatisfy((suggestion) -> assertThat((List<String>) suggestion.get("reasons"))
			.contains("beschikbaar in periode 3"));
	}

	@Test
	void trajectenWithoutActivityAreFlaggedStaleAndListed() throws Exception {
		String id = plannedTraject();
		String active = plannedTraject();
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement backdate = owner.prepareStatement(
						"update traject set last_activity_at = now() - interval '30 days' where id = ?")) {
			backdate.setObject(1, GlobalId.decode(id).orElseThrow().id());
			assertThat(backdate.executeUpdate()).isOne();
		}

		this.staleTrajecten.flagStaleTrajecten();

		assertThat(this.graphQl
			.execute(WOO_COORDINATOR,
					"{ trajecten(first: 100, filter: { stale: true }) " + "{ nodes { id isStale } } }")
			.<List<String>>path("$.data.trajecten.nodes[*].id")).contains(id);
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, "{ trajecten(first: 100, filter: { stale: false }) " + "{ nodes { id } } }")
			.<List<String>>path("$.data.trajecten.nodes[*].id")).doesNotContain(id).contains(active);
		// Activity clears the flag.
		step("trajectStart", "TrajectStartInput", id);
		assertThat(node(WOO_COORDINATOR, id)).containsEntry("isStale", false);
	}

	private String plannedTraject() {
		String intakeId = anonymousIntake(WOO);
		return this.graphQl
			.execute(WOO_COORDINATOR, CREATE,
					Map.of("input", Map.of("intakeId", intakeId, "offerId", firstOffer(intakeId))))
			.path("$.data.trajectCreate.traject.id");
	}

	private String firstOffer(String intakeId) {
		return (String) ((Map<?, ?>) suggestions(WOO_COORDINATOR, intakeId).getFirst().get("offer")).get("id");
	}

	private Response step(String mutation, String inputType, String id) {
		return this.graphQl.execute(WOO_COORDINATOR, "mutation($input: " + inputType + "!) { " + mutation
				+ "(input: $input) { " + TRAJECT + " userErrors { code field message } } }",
				Map.of("input", Map.of("id", id)));
	}

	private Map<String, Object> node(nl.werkplaatsen.support.Persona persona, String id) {
		return this.graphQl
			.execute(persona, "query($id: ID!) { node(id: $id) { ... on Traject { status isStale version } } }",
					Map.of("id", id))
			.path("$.data.node");
	}

	private String intakeStatus(String intakeId) {
		return this.graphQl
			.execute(WOO_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Intake { status } } }",
					Map.of("id", intakeId))
			.path("$.data.node.status");
	}

	private List<Map<String, Object>> suggestions(nl.werkplaatsen.support.Persona persona, String intakeId) {
		return this.graphQl
			.execute(persona,
					"query($id: ID!) { node(id: $id) { ... on Intake { offerSuggestions(first: 100) "
							+ "{ score reasons offer { id title } } } } }",
					Map.of("id", intakeId))
			.path("$.data.node.offerSuggestions");
	}

	private String anonymousIntake(String slug) {
		Map<String, Object> input = TestIntakes.valid(slug);
		String reference = TestIntakes.submit(this.graphQl, input);
		return this.graphQl
			.execute(WOO_COORDINATOR, "query($f: IntakeFilter) { intakes(first: 1, filter: $f) { nodes { id } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0].id");
	}

}
