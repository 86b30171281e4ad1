package nl.werkplaatsen.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The national register's side doors are shut: what a werkplaats learned in its own
 * intake stays its own, and nobody changes a register record but the network
 * coordinators, on a proposal.
 */
@PlatformTest
class RegisterCorrectionsTests {

	private static final String WOO = "werkplaats-online-ondernemen";

	private static final String TWENTE = "digitale-werkplaats-twente";

	private static final String INTAKE = """
			query($search: String!) { intakes(first: 1, filter: { search: $search }) { nodes { id version
			  proposedOrganisationName organisation { name digitalMaturity address { street } } } } }""";

	private static final String CORRECTIONS = """
			query($status: OrganisationCorrectionStatus) { organisationCorrections(first: 100, status: $status) {
			  totalCount nodes { id source name street status organisation { kvkNumber } proposedBy { slug } } } }""";

	private static final String DECIDE = """
			mutation($input: OrganisationCorrectionDecideInput!) { organisationCorrectionDecide(input: $input) {
			  correction { status } userErrors { code field } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void aWerkplaatsSeesOnlyTheMaturityItsOwnIntakeRecorded() throws SQLException {
		Map<String, Object> woo = withDetails(TestIntakes.valid(WOO), "HIGH", "Markt 1");
		String wooReference = TestIntakes.submit(this.graphQl, woo);
		String twenteReference = TestIntakes.submit(this.graphQl,
				withDetails(sameOrganisation(TestIntakes.valid(TWENTE), woo), "LOW", "Markt 1"));

		assertThat(intake(WOO_COORDINATOR, wooReference)
			.<String>path("$.data.intakes.nodes[0].organisation.digitalMaturity")).isEqualTo("HIGH");
		assertThat(intake(TWENTE_COORDINATOR, twenteReference)
			.<String>path("$.data.intakes.nodes[0].organisation.digitalMaturity")).isEqualTo("LOW");
		Response national = this.graphQl.execute(NETWORK_COORDINATOR,
				"query($search: String) { organisations(first: 1, search: $search) { nodes { digitalMaturity } } }",
				Map.of("search", woo.get("kvkNumber")));
		assertThat(national.<List<Object>>path("$.data.organisations.nodes[*].digitalMaturity"))
			.containsExactly((Object) null);
		// Through SQL as the application's role acting for Twente: its own answer only,
		// and none in the register.
		try (Connection twente = TestPostgres.database().connectAsAppActingFor(TWENTE);
				PreparedStatement read = twente.prepareStatement("""
						select m.digital_maturity from organisation_maturity m join organisation o
						on o.id = m.organisation_id where o.kvk_number = ?""")) {
			read.setString(1, (String) woo.get("kvkNumber"));
			assertThat(strings(read)).containsExactly("LOW");
		}
	}

	@Test
	void aNameFromAnIntakeIsOnlyProposedAndTheNetworkCoordinatorsDecide() {
		Map<String, Object> first = TestIntakes.valid(WOO);
		TestIntakes.submit(this.graphQl, first);
		Map<String, Object> renamed = sameOrganisation(TestIntakes.valid(WOO), first);
		renamed.put("organisationName", "Bakkerij De Vries & Dochter " + first.get("kvkNumber"));
		String reference = TestIntakes.submit(this.graphQl, renamed);
		Response read = intake(WOO_COORDINATOR, reference);
		String registered = read.path("$.data.intakes.nodes[0].organisation.name");
		assertThat(read.<String>path("$.data.intakes.nodes[0].proposedOrganisationName"))
			.isEqualTo(renamed.get("organisationName"));

		Response passedOn = this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: IntakeAcceptProposedNameInput!) { intakeAcceptProposedName(input: $input) {
				  intake { proposedOrganisationName organisation { name } } userErrors { code } } }""",
				Map.of("input", Map.of("id", read.path("$.data.intakes.nodes[0].id"))));

		assertThat(passedOn.userErrorCodes("intakeAcceptProposedName")).isEmpty();
		assertThat(passedOn.<String>path("$.data.intakeAcceptProposedName.intake.organisation.name"))
			.as("the register is unchanged until the network coordinators accept")
			.isEqualTo(registered);
		String correction = proposalFor(WOO_COORDINATOR, first, "STAFF");
		assertThat(proposalFor(NETWORK_COORDINATOR, first, "STAFF")).isEqualTo(correction);
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, CORRECTIONS, Map.of())
			.<List<String>>path("$.data.organisationCorrections.nodes[*].id")).doesNotContain(correction);
		assertThat(this.graphQl.execute(WOO_COORDINATOR, DECIDE, decision(correction, true)).classifications())
			.containsExactly("FORBIDDEN");

		Response accepted = this.graphQl.execute(NETWORK_COORDINATOR, DECIDE, decision(correction, true));
		Response again = this.graphQl.execute(NETWORK_COORDINATOR, DECIDE, decision(correction, false));

		assertThat(accepted.<String>path("$.data.organisationCorrectionDecide.correction.status"))
			.isEqualTo("ACCEPTED");
		assertThat(again.userErrorCodes("organisationCorrectionDecide")).containsExactly("INVALID_STATE");
		assertThat(intake(WOO_COORDINATOR, reference).<String>path("$.data.intakes.nodes[0].organisation.name"))
			.isEqualTo(renamed.get("organisationName"));
	}

	@Test
	void theFirstSubmitterFixesNothingForGoodALaterIntakeProposesItsFacts() {
		Map<String, Object> first = withDetails(TestIntakes.valid(WOO), null, "Markt 1");
		TestIntakes.submit(this.graphQl, first);
		String later = TestIntakes.submit(this.graphQl,
				withDetails(sameOrganisation(TestIntakes.valid(TWENTE), first), null, "Stationsweg 12"));

		assertThat(
				intake(TWENTE_COORDINATOR, later).<String>path("$.data.intakes.nodes[0].organisation.address.street"))
			.isEqualTo("Markt 1");
		String correction = proposalFor(TWENTE_COORDINATOR, first, "INTAKE");
		assertThat(this.graphQl.execute(WOO_COORDINATOR, CORRECTIONS, Map.of())
			.<List<String>>path("$.data.organisationCorrections.nodes[*].id")).doesNotContain(correction);

		this.graphQl.execute(NETWORK_COORDINATOR, DECIDE, decision(correction, true));

		assertThat(intake(WOO_COORDINATOR, (String) null, first)
			.<String>path("$.data.intakes.nodes[0].organisation.address.street")).isEqualTo("Stationsweg 12");
	}

	@Test
	void theApplicationRoleCannotChangeAProposalOrDecideAsAWerkplaats() throws SQLException {
		Map<String, Object> first = withDetails(TestIntakes.valid(WOO), null, "Markt 1");
		TestIntakes.submit(this.graphQl, first);
		TestIntakes.submit(this.graphQl,
				withDetails(sameOrganisation(TestIntakes.valid(TWENTE), first), null, "Kerkstraat 3"));
		String correction = proposalFor(TWENTE_COORDINATOR, first, "INTAKE");
		java.util.UUID id = nl.werkplaatsen.platform.graphql.GlobalId.decode(correction).orElseThrow().id();

		try (Connection twente = TestPostgres.database().connectAsAppActingFor(TWENTE);
				PreparedStatement accept = twente.prepareStatement("update organisation_correction set status = "
						+ "'ACCEPTED', decided_at = now() where id = ?")) {
			accept.setObject(1, id);
			assertThatExceptionOfType(SQLException.class).isThrownBy(accept::executeUpdate)
				.withMessageContaining("permission denied");
		}
		try (Connection twente = TestPostgres.database().connectAsAppActingFor(TWENTE);
				PreparedStatement decide = twente.prepareStatement("select organisation_correction_decide(?, true)")) {
			decide.setObject(1, id);
			assertThat(strings(decide)).containsExactly("NOT_FOUND");
		}
		try (Connection woo = TestPostgres.database().connectAsAppActingFor(WOO);
				PreparedStatement read = woo
					.prepareStatement("select count(*) from organisation_correction where id = ?")) {
			read.setObject(1, id);
			assertThat(strings(read)).containsExactly("0");
		}
	}

	@Test
	void theDemoShowsTheNetworkCoordinatorsProposalsToDecide() {
		Map<String, Object> demo = Map.of("kvkNumber", "90000000");

		assertThat(proposalFor(NETWORK_COORDINATOR, demo, "STAFF")).isNotNull();
		assertThat(proposalFor(NETWORK_COORDINATOR, demo, "INTAKE")).isNotNull();
	}

	private Response intake(Persona staff, String reference) {
		return this.graphQl.execute(staff, INTAKE, Map.of("search", reference));
	}

	private Response intake(Persona staff, @org.jspecify.annotations.Nullable String reference,
			Map<String, Object> input) {
		return this.graphQl.execute(staff, INTAKE,
				Map.of("search", (reference != null) ? reference : input.get("kvkNumber")));
	}

	private String proposalFor(Persona persona, Map<String, Object> organisation, String source) {
		Response corrections = this.graphQl.execute(persona, CORRECTIONS, Map.of("status", "PROPOSED"));
		List<Map<String, Object>> nodes = corrections.path("$.data.organisationCorrections.nodes");
		assertThat(nodes).as(corrections.body()).isNotNull();
		return nodes.stream()
			.filter((node) -> organisation.get("kvkNumber")
				.equals(((Map<?, ?>) node.get("organisation")).get("kvkNumber")) && source.equals(node.get("source")))
			.map((node) -> (String) node.get("id"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + source + " proposal in " + corrections.body()));
	}

	private static Map<String, Object> decision(String id, boolean accept) {
		return Map.of("input", Map.of("id", id, "accept", accept));
	}

	private static Map<String, Object> sameOrganisation(Map<String, Object> input, Map<String, Object> as) {
		input.put("kvkNumber", as.get("kvkNumber"));
		input.put("organisationName", as.get("organisationName"));
		return input;
	}

	private static Map<String, Object> withDetails(Map<String, Object> input,
			@org.jspecify.annotations.Nullable String maturity, String street) {
		Map<String, Object> details = new HashMap<>();
		details.put("sizeClass", "MICRO");
		details.put("street", street);
		if (maturity != null) {
			details.put("digitalMaturity", maturity);
		}
		input.put("organisationDetails", details);
		return input;
	}

	private static List<String> strings(PreparedStatement statement) throws SQLException {
		List<String> values = new java.util.ArrayList<>();
		try (ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
