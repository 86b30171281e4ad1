package nl.werkplaatsen.organisation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class OrganisationApiTests {

	static final String NOTE = """
			mutation($input: OrganisationNoteAddInput!) {
			  organisationNoteAdd(input: $input) { note { body } userErrors { code field } }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void notesStayWithTheWerkplaatsThatWroteThem() {
		Map<String, Object> intake = intake();
		String organisation = (String) ((Map<?, ?>) intake.get("organisation")).get("id");

		Response written = this.graphQl.execute(WOO_COORDINATOR, NOTE,
				Map.of("input", Map.of("organisationId", organisation, "body", "Eigenaar belt liever dan te mailen.")));
		Response byTwente = this.graphQl.execute(TWENTE_COORDINATOR, NOTE,
				Map.of("input", Map.of("organisationId", organisation, "body", "Gekaapt")));
		Response empty = this.graphQl.execute(WOO_COORDINATOR, NOTE,
				Map.of("input", Map.of("organisationId", organisation, "body", " ")));

		assertThat(written.userErrorCodes("organisationNoteAdd")).isEmpty();
		assertThat(byTwente.userErrorCodes("organisationNoteAdd")).containsExactly("NOT_FOUND");
		assertThat(empty.userErrorCodes("organisationNoteAdd")).containsExactly("REQUIRED");
		String notes = """
				query($id: ID!) { node(id: $id) { ... on Organisation {
				  notes(first: 10) { totalCount nodes { body authorName werkplaats { slug } } } } } }""";
		Response read = this.graphQl.execute(WOO_COORDINATOR, notes, Map.of("id", organisation));
		assertThat(read.<List<String>>path("$.data.node.notes.nodes[*].body"))
			.containsExactly("Eigenaar belt liever dan te mailen.");
		assertThat(read.<List<String>>path("$.data.node.notes.nodes[*].authorName")).containsExactly("Jeroen Hoekstra");
		assertThat(read.<List<String>>path("$.data.node.notes.nodes[*].werkplaats.slug"))
			.containsExactly("werkplaats-online-ondernemen");
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, notes, Map.of("id", organisation))
			.<Integer>path("$.data.node.notes.totalCount")).isEqualTo(1);
		// A student does not read the register, let alone its notes.
		Response byStudent = this.graphQl.execute(WOO_STUDENT, notes, Map.of("id", organisation));
		assertThat(byStudent.<Object>path("$.data.node")).isNull();
		assertThat(
				this.graphQl.execute(TWENTE_COORDINATOR, notes, Map.of("id", organisation)).<Object>path("$.data.node"))
			.isNull();
	}

	@Test
	void networkCoordinatorsSearchTheNationalRegisterAndOthersCannot() {
		Map<String, Object> intake = intake();
		String kvk = (String) ((Map<?, ?>) intake.get("organisation")).get("kvkNumber");
		String query = "query($s: String) { organisations(first: 10, search: $s) { totalCount nodes { kvkNumber } } }";

		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, query, Map.of("s", kvk))
			.<List<String>>path("$.data.organisations.nodes[*].kvkNumber")).containsExactly(kvk);
		assertThat(this.graphQl.execute(WOO_COORDINATOR, query, Map.of("s", kvk)).classifications())
			.containsExactly("FORBIDDEN");
	}

	@Test
	void aWithdrawnConsentErasesTheContactAndKeepsTheIntake() {
		Map<String, Object> intake = intake();

		Response withdrawn = this.graphQl.execute(WOO_COORDINATOR,
				"""
						mutation($input: IntakeCloseInput!) {
						  intakeContactConsentWithdraw(input: $input) { intake { reference contact { name email } } userErrors { code } }
						}""",
				Map.of("input", Map.of("id", intake.get("id"))));

		assertThat(withdrawn.<Map<String, Object>>path("$.data.intakeContactConsentWithdraw.intake.contact"))
			.containsEntry("name", "(verwijderd)")
			.containsEntry("email", "verwijderd@invalid");
		assertThat(withdrawn.<String>path("$.data.intakeContactConsentWithdraw.intake.reference"))
			.isEqualTo(intake.get("reference"));
	}

	private Map<String, Object> intake() {
		String reference = TestIntakes.submit(this.graphQl, TestIntakes.valid("werkplaats-online-ondernemen"));
		return this.graphQl
			.execute(WOO_COORDINATOR,
					"query($f: IntakeFilter) { intakes(filter: $f) { nodes { id reference "
							+ "organisation { id kvkNumber } } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0]");
	}

}
