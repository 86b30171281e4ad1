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
	void theRegisterIsListedAndSearchedInItsOrderForNationalReadersOnly() throws Exception {
		Map<String, Object> intake = intake();
		String name = (String) ((Map<?, ?>) intake.get("organisation")).get("name");
		String kvk = (String) ((Map<?, ?>) intake.get("organisation")).get("kvkNumber");

		Response page = this.graphQl.execute(NETWORK_COORDINATOR,
				"{ organisations(first: 5) { totalCount nodes { name } pageInfo { endCursor } } }");
		Response next = this.graphQl.execute(NETWORK_COORDINATOR,
				"query($after: String) { organisations(first: 5, after: $after) { nodes { name } } }",
				Map.of("after", page.<String>path("$.data.organisations.pageInfo.endCursor")));
		String searched = "query($search: String) { organisations(first: 5, search: $search) "
				+ "{ totalCount nodes { name } } }";
		Response byKvk = this.graphQl.execute(NETWORK_COORDINATOR, searched, Map.of("search", kvk));
		Response byName = this.graphQl.execute(NETWORK_COORDINATOR, searched,
				Map.of("search", name.toUpperCase(java.util.Locale.ROOT)));

		List<String> names = new java.util.ArrayList<>(page.<List<String>>path("$.data.organisations.nodes[*].name"));
		names.addAll(next.<List<String>>path("$.data.organisations.nodes[*].name"));
		assertThat(names).hasSize(10).isSorted();
		assertThat(page.<Integer>path("$.data.organisations.totalCount")).isGreaterThan(10);
		assertThat(byKvk.<List<String>>path("$.data.organisations.nodes[*].name")).containsExactly(name);
		assertThat(byKvk.<Integer>path("$.data.organisations.totalCount")).isEqualTo(1);
		assertThat(byName.<List<String>>path("$.data.organisations.nodes[*].name")).contains(name)
			.allMatch((found) -> found.toLowerCase(java.util.Locale.ROOT)
				.contains(name.toLowerCase(java.util.Locale.ROOT)));
		assertThat(
				this.graphQl.execute(WOO_COORDINATOR, "{ organisations(first: 5) { totalCount } }").classifications())
			.containsExactly("FORBIDDEN");
		// As the application's role, acting for a werkplaats: the owner's functions
		// answer
		// national reads only.
		try (java.sql.Connection woo = nl.werkplaatsen.support.TestPostgres.database()
			.connectAsAppActingFor("werkplaats-online-ondernemen");
				java.sql.Statement sql = woo.createStatement();
				java.sql.ResultSet rows = sql.executeQuery("""
						select (select count(*) from organisation_register_page(null, '',
						  '00000000-0000-0000-0000-000000000000', 100)), organisation_register_count(null)""")) {
			rows.next();
			assertThat(rows.getLong(1)).isZero();
			assertThat(rows.getLong(2)).isZero();
		}
	}

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
						mutation($input: IntakeContactConsentWithdrawInput!) {
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
							+ "organisation { id kvkNumber name } } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0]");
	}

}
