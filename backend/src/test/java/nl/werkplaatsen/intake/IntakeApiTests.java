package nl.werkplaatsen.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_FRONTEND;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_FRONTEND;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class IntakeApiTests {

	static final String WOO = "werkplaats-online-ondernemen";

	static final String TWENTE = "digitale-werkplaats-twente";

	static final String SUBMIT = """
			mutation Submit($input: IntakeSubmitInput!) {
			  intakeSubmit(input: $input) {
			    reference
			    intake { id status }
			    userErrors { code field message }
			  }
			}""";

	static final String LIST = """
			query Intakes($filter: IntakeFilter) {
			  intakes(first: 100, filter: $filter) {
			    totalCount
			    nodes { id reference question status proposedOrganisationName organisation { kvkNumber name }
			            contact { name email } baseline { foundVia maturity obstacles expectation } obstacles }
			  }
			}""";

	static final String NODE = """
			query Node($id: ID!) { node(id: $id) { ... on Intake { reference question } } }""";

	static final String TRIAGE = """
			mutation Triage($input: IntakeTriageInput!) {
			  intakeTriage(input: $input) {
			    intake { status articulatedQuestion themes firstResponseAt timeToFirstResponseHours version
			             assignee { name } }
			    userErrors { code field }
			  }
			}""";

	static final String DECLINE = """
			mutation Decline($input: IntakeDeclineInput!) {
			  intakeDecline(input: $input) { intake { status closingReason closedAt } userErrors { code field } }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Value("${werkplaats.public-submissions-per-minute}")
	int perMinute;

	@Test
	void acceptsAnAnonymousIntakeThatOnlyItsWerkplaatsStaffAndNationalCoordinatorsSee() {
		Map<String, Object> input = intake(WOO);

		Response submitted = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(submitted.userErrorCodes("intakeSubmit")).isEmpty();
		String reference = submitted.path("$.data.intakeSubmit.reference");
		assertThat(reference).matches("INT-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(submitted.<Object>path("$.data.intakeSubmit.intake")).isNull();

		Map<String, Object> listed = findByReference(WOO_COORDINATOR, reference);
		assertThat(listed).containsEntry("status", "NEW").containsEntry("question", input.get("question"));
		assertThat(listed.get("organisation"))
			.isEqualTo(Map.of("kvkNumber", input.get("kvkNumber"), "name", input.get("organisationName")));
		assertThat(listed.get("contact")).isEqualTo(Map.of("name", "Anne de Vries", "email", "anne@voorbeeld.nl"));
		// The 0-meting's obstacles give a first reading of the knelpunten.
		assertThat((List<Object>) listed.get("obstacles")).containsExactly("NOT_KNOWING", "NOT_ABLE");

		String id = (String) listed.get("id");
		assertThat(findByReferenceOrNull(TWENTE_COORDINATOR, reference)).isNull();
		for (Persona outsider : List.of(TWENTE_COORDINATOR, TWENTE_FRONTEND, WOO_FRONTEND, WOO_STUDENT, ANONYMOUS)) {
			assertThat(this.graphQl.execute(outsider, NODE, Map.of("id", id)).<Object>path("$.data.node"))
				.as(outsider.name())
				.isNull();
		}
		assertThat(
				this.graphQl.execute(NETWORK_COORDINATOR, NODE, Map.of("id", id)).<String>path("$.data.node.reference"))
			.isEqualTo(reference);
	}

	@Test
	void rejectsIntakeWithInvalidKvkNumberAndStoresNothing() {
		long before = total(WOO_COORDINATOR);
		Map<String, Object> input = intake(WOO);
		input.put("kvkNumber", "1234567");

		Response response = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(response.<List<Map<String, Object>>>path("$.data.intakeSubmit.userErrors"))
			.extracting((error) -> error.get("code"), (error) -> error.get("field"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INVALID_FORMAT", List.of("kvkNumber")));
		assertThat(response.<Object>path("$.data.intakeSubmit.reference")).isNull();
		assertThat(total(WOO_COORDINATOR)).isEqualTo(before);
	}

	@Test
	void refusesAnIntakeWithoutConsent() {
		long before = total(WOO_COORDINATOR);
		Map<String, Object> input = intake(WOO);
		input.put("consent", false);

		Response response = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(response.userErrorCodes("intakeSubmit")).containsExactly("CONSENT_REQUIRED");
		assertThat(total(WOO_COORDINATOR)).isEqualTo(before);
	}

	@Test
	void reportsEveryInvalidFieldWithItsCode() {
		Map<String, Object> input = intake(WOO);
		input.put("contactEmail", "anne-at-voorbeeld");
		input.put("question", "   ");
		input.put("baseline", Map.of("foundVia", "OTHER", "maturity", 11, "expectation", "CONCRETE_RESULT"));
		input.put("organisationDetails", Map.of("postcode", "12345", "sbiSection", "Z"));

		Response response = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(response.<List<Map<String, Object>>>path("$.data.intakeSubmit.userErrors"))
			.extracting((error) -> error.get("code") + " " + String.join(".", (List<String>) error.get("field")))
			.containsExactlyInAnyOrder("INVALID_FORMAT contactEmail", "REQUIRED question",
					"REQUIRED baseline.foundViaOther", "OUT_OF_RANGE baseline.maturity",
					"INVALID_FORMAT organisationDetails.postcode", "INVALID_FORMAT organisationDetails.sbiSection");
	}

	@Test
	void returnsTheFirstReferenceForARepeatWithinTenMinutes() {
		Map<String, Object> input = intake(WOO);
		long before = total(WOO_COORDINATOR);

		String first = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input))
			.path("$.data.intakeSubmit.reference");
		String again = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input))
			.path("$.data.intakeSubmit.reference");

		assertThat(again).isEqualTo(first);
		assertThat(total(WOO_COORDINATOR)).isEqualTo(before + 1);
	}

	@Test
	void reusesTheRegisterRecordOfAKnownKvkNumberAndKeepsADifferentNameAsAProposal() {
		Map<String, Object> toWoo = intake(WOO);
		Map<String, Object> toTwente = intake(TWENTE);
		toTwente.put("kvkNumber", toWoo.get("kvkNumber"));
		toTwente.put("organisationName", "Bakkerij De Vries B.V.");

		this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", toWoo));
		String reference = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", toTwente))
			.path("$.data.intakeSubmit.reference");

		Map<String, Object> seenByTwente = findByReference(TWENTE_COORDINATOR, reference);
		assertThat(seenByTwente.get("organisation"))
			.isEqualTo(Map.of("kvkNumber", toWoo.get("kvkNumber"), "name", toWoo.get("organisationName")));
		assertThat(seenByTwente.get("proposedOrganisationName")).isEqualTo("Bakkerij De Vries B.V.");
	}

	@Test
	void staffPassAProposedNameOnToTheNetworkCoordinatorsForOrganisationsTheyReachOnly() {
		Map<String, Object> toWoo = intake(WOO);
		Map<String, Object> toTwente = intake(TWENTE);
		toTwente.put("kvkNumber", toWoo.get("kvkNumber"));
		toTwente.put("organisationName", "Bakkerij De Vries Holding B.V.");
		this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", toWoo));
		String reference = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", toTwente))
			.path("$.data.intakeSubmit.reference");
		String id = (String) findByReference(TWENTE_COORDINATOR, reference).get("id");
		String accept = """
				mutation($input: IntakeAcceptProposedNameInput!) {
				  intakeAcceptProposedName(input: $input) {
				    intake { proposedOrganisationName organisation { name } } userErrors { code }
				  }
				}""";

		Response byWoo = this.graphQl.execute(WOO_COORDINATOR, accept, Map.of("input", Map.of("id", id)));
		Response byTwente = this.graphQl.execute(TWENTE_COORDINATOR, accept, Map.of("input", Map.of("id", id)));
		Response again = this.graphQl.execute(TWENTE_COORDINATOR, accept, Map.of("input", Map.of("id", id)));

		assertThat(byWoo.classifications()).containsExactly("NOT_FOUND");
		// The register is everybody's: it changes once the network coordinators accept
		// the proposal (RegisterCorrectionsTests).
		assertThat(byTwente.<String>path("$.data.intakeAcceptProposedName.intake.organisation.name"))
			.isEqualTo(toWoo.get("organisationName"));
		assertThat(byTwente.<Object>path("$.data.intakeAcceptProposedName.intake.proposedOrganisationName")).isNull();
		assertThat(again.userErrorCodes("intakeAcceptProposedName")).containsExactly("INVALID_STATE");
	}

	@Test
	void aHoneypotSubmissionLooksAcceptedButStoresNothing() {
		long before = total(WOO_COORDINATOR);
		Map<String, Object> input = intake(WOO);
		input.put("website", "http://spam.example");

		Response response = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input));

		assertThat(response.<String>path("$.data.intakeSubmit.reference")).startsWith("INT-");
		assertThat(response.userErrorCodes("intakeSubmit")).isEmpty();
		assertThat(total(WOO_COORDINATOR)).isEqualTo(before);
	}

	@Test
	void limitsAnonymousSubmissionsPerClientAddress() {
		Map<String, Object> bot = intake(WOO);
		bot.put("website", "filled in, so nothing is stored");
		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);

		for (int i = 0; i < this.perMinute; i++) {
			assertThat(this.graphQl.executeFrom(address, ANONYMOUS, SUBMIT, Map.of("input", bot))
				.userErrorCodes("intakeSubmit")).isEmpty();
		}
		Response limited = this.graphQl.executeFrom(address, ANONYMOUS, SUBMIT, Map.of("input", intake(WOO)));
		Response otherAddress = this.graphQl.executeFrom("198.51.100.7", ANONYMOUS, SUBMIT, Map.of("input", bot));

		assertThat(limited.userErrorCodes("intakeSubmit")).containsExactly("RATE_LIMITED");
		assertThat(limited.<Object>path("$.data.intakeSubmit.reference")).isNull();
		assertThat(otherAddress.userErrorCodes("intakeSubmit")).isEmpty();
	}

	@Test
	void onlyTheWerkplaatsItselfSubmitsForItWithAToken() {
		Response twenteForWoo = this.graphQl.execute(TWENTE_FRONTEND, SUBMIT, Map.of("input", intake(WOO)));
		Response student = this.graphQl.execute(WOO_STUDENT, SUBMIT, Map.of("input", intake(WOO)));
		Response staff = this.graphQl.execute(WOO_COORDINATOR, SUBMIT, Map.of("input", intake(WOO)));

		assertThat(twenteForWoo.classifications()).containsExactly("FORBIDDEN");
		assertThat(student.classifications()).containsExactly("FORBIDDEN");
		assertThat(staff.<String>path("$.data.intakeSubmit.intake.status")).isEqualTo("NEW");
	}

	@Test
	void triageMovesANewIntakeIntoReviewAndRecordsTheFirstResponse() {
		String id = submitAsStaff(WOO_COORDINATOR, WOO);

		Response triaged = this.graphQl.execute(WOO_COORDINATOR, TRIAGE, Map.of("input", Map.of("id", id,
				"articulatedQuestion", "Een webwinkel koppelen aan de voorraad", "themes", List.of("DATA"))));

		assertThat(triaged.errors()).isEmpty();
		assertThat(triaged.userErrorCodes("intakeTriage")).isEmpty();
		assertThat(triaged.<String>path("$.data.intakeTriage.intake.status")).isEqualTo("IN_REVIEW");
		assertThat(triaged.<String>path("$.data.intakeTriage.intake.firstResponseAt")).isNotNull();
		assertThat(triaged.<Object>path("$.data.intakeTriage.intake.timeToFirstResponseHours")).isNotNull();
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		String id = submitAsStaff(WOO_COORDINATOR, WOO);

		Response stale = this.graphQl.execute(WOO_COORDINATOR, TRIAGE,
				Map.of("input", Map.of("id", id, "expectedVersion", 7, "articulatedQuestion", "Iets anders")));

		assertThat(stale.userErrorCodes("intakeTriage")).containsExactly("CONFLICT");
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { status " + "articulatedQuestion } } }",
					Map.of("id", id))
			.<Map<String, Object>>path("$.data.node")).containsEntry("status", "NEW")
			.containsEntry("articulatedQuestion", null);
	}

	@Test
	void aDeclinedIntakeCannotBeDeclinedOrTriagedAgain() {
		String id = submitAsStaff(WOO_COORDINATOR, WOO);

		Response declined = this.graphQl.execute(WOO_COORDINATOR, DECLINE,
				Map.of("input", Map.of("id", id, "reason", "Past niet bij ons aanbod")));
		Response again = this.graphQl.execute(WOO_COORDINATOR, DECLINE,
				Map.of("input", Map.of("id", id, "reason", "Nogmaals")));
		Response triage = this.graphQl.execute(WOO_COORDINATOR, TRIAGE,
				Map.of("input", Map.of("id", id, "themes", List.of("AI"))));
		Response noReason = this.graphQl.execute(WOO_COORDINATOR, DECLINE,
				Map.of("input", Map.of("id", submitAsStaff(WOO_COORDINATOR, WOO))));

		assertThat(declined.<String>path("$.data.intakeDecline.intake.status")).isEqualTo("DECLINED");
		assertThat(again.userErrorCodes("intakeDecline")).containsExactly("INVALID_STATE");
		assertThat(triage.userErrorCodes("intakeTriage")).containsExactly("INVALID_STATE");
		assertThat(noReason.userErrorCodes("intakeDecline")).containsExactly("REQUIRED");
	}

	@Test
	void aReferredIntakeSaysWhereToAndIsClosed() {
		String id = submitAsStaff(WOO_COORDINATOR, WOO);
		String refer = """
				mutation($input: IntakeReferInput!) {
				  intakeRefer(input: $input) { intake { status closingReason } userErrors { code field } }
				}""";

		Response nowhere = this.graphQl.execute(WOO_COORDINATOR, refer, Map.of("input", Map.of("id", id)));
		Response referred = this.graphQl.execute(WOO_COORDINATOR, refer,
				Map.of("input", Map.of("id", id, "reason", "Digitale Werkplaats Fryslân (dichter bij de ondernemer)")));
		Response again = this.graphQl.execute(WOO_COORDINATOR, refer,
				Map.of("input", Map.of("id", id, "reason", "Nogmaals")));

		assertThat(nowhere.userErrorCodes("intakeRefer")).containsExactly("REQUIRED");
		assertThat(referred.<String>path("$.data.intakeRefer.intake.status")).isEqualTo("REFERRED");
		assertThat(again.userErrorCodes("intakeRefer")).containsExactly("INVALID_STATE");
	}

	@Test
	void anotherWerkplaatsCannotTriageOrCloseAnIntake() {
		String id = submitAsStaff(WOO_COORDINATOR, WOO);

		Response triage = this.graphQl.execute(TWENTE_COORDINATOR, TRIAGE,
				Map.of("input", Map.of("id", id, "articulatedQuestion", "Gekaapt")));
		Response decline = this.graphQl.execute(TWENTE_COORDINATOR, DECLINE,
				Map.of("input", Map.of("id", id, "reason", "Gekaapt")));

		assertThat(triage.classifications()).containsExactly("NOT_FOUND");
		assertThat(decline.classifications()).containsExactly("NOT_FOUND");
		assertThat(findById(WOO_COORDINATOR, id)).containsEntry("status", "NEW");
	}

	@Test
	void onlyAdminsAndCoordinatorsListIntakes() {
		assertThat(this.graphQl.execute(WOO_STUDENT, LIST, Map.of()).classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(WOO_FRONTEND, LIST, Map.of()).classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(ANONYMOUS, LIST, Map.of()).classifications()).containsExactly("UNAUTHORIZED");
	}

	@Test
	void filtersOnStatusAndSearchesOnNameOrKvkNumber() {
		Map<String, Object> input = intake(TWENTE);
		String reference = this.graphQl.execute(ANONYMOUS, SUBMIT, Map.of("input", input))
			.path("$.data.intakeSubmit.reference");
		String kvk = (String) input.get("kvkNumber");

		assertThat(references(Map.of("search", kvk.substring(2)))).containsExactly(reference);
		assertThat(references(Map.of("search", input.get("organisationName").toString().toUpperCase())))
			.containsExactly(reference);
		assertThat(references(Map.of("search", kvk, "statuses", List.of("DECLINED")))).isEmpty();
		assertThat(references(Map.of("search", kvk, "statuses", List.of("NEW", "IN_REVIEW"))))
			.containsExactly(reference);
	}

	private List<String> references(Map<String, Object> filter) {
		return this.graphQl.execute(TWENTE_COORDINATOR, LIST, Map.of("filter", filter))
			.path("$.data.intakes.nodes[*].reference");
	}

	private String submitAsStaff(Persona staff, String slug) {
		return this.graphQl.execute(staff, SUBMIT, Map.of("input", intake(slug))).path("$.data.intakeSubmit.intake.id");
	}

	private long total(Persona staff) {
		return this.graphQl.execute(staff, LIST, Map.of()).<Integer>path("$.data.intakes.totalCount");
	}

	private Map<String, Object> findByReference(Persona staff, String reference) {
		Map<String, Object> found = findByReferenceOrNull(staff, reference);
		assertThat(found).as("intake " + reference).isNotNull();
		return found;
	}

	private Map<String, Object> findByReferenceOrNull(Persona staff, String reference) {
		List<Map<String, Object>> nodes = this.graphQl.execute(staff, LIST, Map.of())
			.path("$.data.intakes.nodes[?(@.reference == '" + reference + "')]");
		return nodes.isEmpty() ? null : nodes.getFirst();
	}

	private Map<String, Object> findById(Persona staff, String id) {
		return this.graphQl
			.execute(staff, "query($id: ID!) { node(id: $id) { ... on Intake { status } } }", Map.of("id", id))
			.path("$.data.node");
	}

	@Test
	void aListedIntakeShowsEveryFieldAsTheIntakeItselfDoes() {
		// The list reads rows into records, node(id:) loads the entity: both must show
		// the same intake.
		String fields = "id reference werkplaats { slug } organisation { kvkNumber } proposedOrganisationName "
				+ "question articulatedQuestion status channel "
				+ "baseline { foundVia foundViaOther reason maturity obstacles expectation } themes obstacles "
				+ "wantedPeriod assignee { name } internalNotes closingReason submittedAt firstResponseAt "
				+ "timeToFirstResponseHours closedAt version";

		List<Map<String, Object>> listed = this.graphQl
			.execute(TWENTE_COORDINATOR, "{ intakes(first: 60) { nodes { " + fields + " } } }")
			.path("$.data.intakes.nodes");

		assertThat(listed).hasSizeGreaterThan(10)
			.anyMatch((intake) -> !((List<?>) intake.get("themes")).isEmpty())
			.anyMatch((intake) -> intake.get("closedAt") != null)
			.anyMatch((intake) -> intake.get("articulatedQuestion") != null)
			.anyMatch((intake) -> ((Map<?, ?>) intake.get("baseline")).get("foundVia") != null);
		for (Map<String, Object> intake : listed) {
			Response alone = this.graphQl.execute(TWENTE_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { " + fields + " } } }",
					Map.of("id", intake.get("id")));
			assertThat(alone.<Map<String, Object>>path("$.data.node")).isEqualTo(intake);
		}
	}

	static Map<String, Object> intake(String slug) {
		return TestIntakes.valid(slug);
	}

}
