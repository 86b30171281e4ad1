package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit log records who changed, and who was shown, personal data: the fields, never
 * their values; a werkplaats's admins read their own entries, network coordinators all,
 * and the application can only add to it.
 */
@PlatformTest
class AuditLogTests {

	private static final String ENTRIES = """
			query($filter: AuditEntryFilter) { auditEntries(first: 100, filter: $filter) { totalCount nodes {
			  action entityType entityId fields subjectId callerKind role clientId requestId werkplaats { slug } } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void anIntakeChangedAndItsContactShownAreRecordedWithoutTheirValues() {
		String intake = submitted();
		Response triaged = this.graphQl.execute(WOO_COORDINATOR, """
				mutation($input: IntakeTriageInput!) { intakeTriage(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("id", intake, "articulatedQuestion", "Geheime vraag over de planning")));
		assertThat(triaged.userErrorCodes("intakeTriage")).isEmpty();
		Response read = this.graphQl.execute(WOO_COORDINATOR,
				"query($id: ID!) { node(id: $id) { ... on Intake { contact { name email } } } }", Map.of("id", intake));
		assertThat(read.errors()).isEmpty();

		Response log = entries(WOO_ADMIN, Map.of("entityId", intake));

		List<Map<String, Object>> nodes = log.path("$.data.auditEntries.nodes");
		assertThat(nodes).extracting((node) -> node.get("action")).contains("CREATED", "UPDATED");
		Map<String, Object> update = nodes.stream()
			.filter((node) -> "UPDATED".equals(node.get("action")))
			.findFirst()
			.orElseThrow();
		assertThat(update).containsEntry("entityType", "Intake")
			.containsEntry("subjectId", WOO_COORDINATOR.subject())
			.containsEntry("callerKind", "PERSON")
			.containsEntry("role", "COORDINATOR")
			.containsEntry("clientId", WOO_COORDINATOR.clientId())
			.containsEntry("werkplaats", Map.of("slug", "werkplaats-online-ondernemen"));
		assertThat((List<String>) update.get("fields")).contains("articulatedQuestion");
		assertThat((String) update.get("requestId")).isNotBlank();
		assertThat(log.body()).doesNotContain("Geheime vraag");
		Response reads = entries(WOO_ADMIN, Map.of("subjectId", WOO_COORDINATOR.subject()));
		assertThat(reads.<List<String>>path("$.data.auditEntries.nodes[?(@.action == 'READ')].entityType"))
			.contains("Contact");
	}

	@Test
	void aNetworkCoordinatorShownAContactNationallyIsRecordedInTheWerkplaatssLog() {
		String intake = submitted();
		Response read = this.graphQl.execute(NETWORK_COORDINATOR,
				"query($id: ID!) { node(id: $id) { ... on Intake { contact { name } } } }", Map.of("id", intake));
		assertThat(read.<String>path("$.data.node.contact.name")).isNotNull();

		Response log = entries(WOO_ADMIN, Map.of("subjectId", NETWORK_COORDINATOR.subject()));

		assertThat(log.<List<String>>path("$.data.auditEntries.nodes[?(@.action == 'READ')].entityType"))
			.contains("Contact");
	}

	@Test
	void aWerkplaatssAdminsReadTheirOwnEntriesNetworkCoordinatorsAllAndNobodyElse() {
		String intake = submitted();

		assertThat(entries(WOO_ADMIN, Map.of("entityId", intake)).<Integer>path("$.data.auditEntries.totalCount"))
			.isPositive();
		assertThat(entries(NETWORK_COORDINATOR, Map.of("entityId", intake))
			.<Integer>path("$.data.auditEntries.totalCount")).isPositive();
		assertThat(entries(TWENTE_ADMIN, Map.of("entityId", intake)).<Integer>path("$.data.auditEntries.totalCount"))
			.isZero();
		assertThat(entries(WOO_COORDINATOR, Map.of()).classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void theApplicationRoleCanOnlyAddToTheLogAndReadsItsOwnWerkplaatssEntries() throws SQLException {
		String intake = submitted();
		java.util.UUID id = nl.werkplaatsen.platform.graphql.GlobalId.decode(intake).orElseThrow().id();

		for (String change : List.of("update audit_entry set fields = '{}' where entity_id = ?",
				"delete from audit_entry where entity_id = ?",
				"insert into audit_entry (id, werkplaats_id, caller_kind, entity_type, entity_id, action) "
						+ "select gen_random_uuid(), werkplaats_id, 'SYSTEM', 'Intake', entity_id, 'READ' "
						+ "from audit_entry where entity_id = ?")) {
			try (Connection woo = TestPostgres.database().connectAsAppActingFor("werkplaats-online-ondernemen");
					PreparedStatement statement = woo.prepareStatement(change)) {
				statement.setObject(1, id);
				assertThatExceptionOfType(SQLException.class).as(change)
					.isThrownBy(statement::executeUpdate)
					.withMessageContaining("permission denied");
			}
		}
		try (Connection twente = TestPostgres.database().connectAsAppActingFor("digitale-werkplaats-twente");
				PreparedStatement read = twente
					.prepareStatement("select count(*) from audit_entry where entity_id = ?")) {
			read.setObject(1, id);
			try (var result = read.executeQuery()) {
				result.next();
				assertThat(result.getLong(1)).isZero();
			}
		}
	}

	@Test
	void aRoleChangeIsRecordedAsAChangeOfTheMembersRole() {
		Response team = this.graphQl.execute(WOO_ADMIN, """
				{ werkplaats(slug: "werkplaats-online-ondernemen") { team(first: 100) { nodes { id role } } } }""");
		String teacher = team.<List<String>>path("$.data.werkplaats.team.nodes[?(@.role == 'TEACHER')].id").getFirst();
		String change = """
				mutation($input: TeamMemberRoleChangeInput!) { teamMemberRoleChange(input: $input) { userErrors { code } } }""";
		this.graphQl.execute(WOO_ADMIN, change, Map.of("input", Map.of("teamMemberId", teacher, "role", "EXPERT")));
		this.graphQl.execute(WOO_ADMIN, change, Map.of("input", Map.of("teamMemberId", teacher, "role", "TEACHER")));

		List<Map<String, Object>> nodes = entries(WOO_ADMIN, Map.of("entityId", teacher))
			.path("$.data.auditEntries.nodes");

		assertThat(nodes).filteredOn((node) -> "UPDATED".equals(node.get("action")))
			.hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((node) -> assertThat((List<String>) node.get("fields")).containsExactly("role"));
	}

	private Response entries(Persona persona, Map<String, Object> filter) {
		return this.graphQl.execute(persona, ENTRIES, Map.of("filter", filter));
	}

	private String submitted() {
		return this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", TestIntakes.valid("werkplaats-online-ondernemen")))
			.path("$.data.intakeSubmit.intake.id");
	}

}
