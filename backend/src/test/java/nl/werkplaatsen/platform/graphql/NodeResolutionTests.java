package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node(id:)} answers for every type that implements {@code Node}, within what the
 * caller may see.
 */
@PlatformTest
class NodeResolutionTests {

	private static final String NODE = "query($id: ID!) { node(id: $id) { id __typename } }";

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	List<NodeResolver<?>> resolvers;

	@Autowired
	GraphQlClient graphQl;

	@Test
	void everyNodeTypeHasAResolver() {
		Set<String> nodeTypes = this.graphQlSource.schema()
			.getImplementations((GraphQLInterfaceType) this.graphQlSource.schema().getType("Node"))
			.stream()
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toSet());

		assertThat(nodeTypes).isNotEmpty();
		assertThat(this.resolvers.stream().map(NodeResolver::typeName).collect(Collectors.toSet()))
			.containsAll(nodeTypes);
	}

	@Test
	void resolvesInstitutionsAndProgrammesForEverybody() {
		Response register = this.graphQl.execute(ANONYMOUS, "{ institutions { id programmes { id } } }");
		String institution = register.path("$.data.institutions[0].id");
		String programme = register.path("$.data.institutions[0].programmes[0].id");

		assertThat(node(ANONYMOUS, institution)).isEqualTo(Map.of("id", institution, "__typename", "Institution"));
		assertThat(node(ANONYMOUS, programme)).isEqualTo(Map.of("id", programme, "__typename", "Programme"));
	}

	@Test
	void resolvesRegistrationsForTheEventsWerkplaatsOnly() {
		Response events = this.graphQl.execute(WOO_COORDINATOR,
				"{ werkplaats(slug: \"werkplaats-online-ondernemen\") { upcomingEvents { registrations(first: 1) "
						+ "{ nodes { id } } } } }");
		String registration = events.path("$.data.werkplaats.upcomingEvents[0].registrations.nodes[0].id");
		assertThat(registration).isNotNull();

		assertThat(node(WOO_COORDINATOR, registration))
			.isEqualTo(Map.of("id", registration, "__typename", "Registration"));
		assertThat(node(TWENTE_COORDINATOR, registration)).isNull();
		assertThat(node(ANONYMOUS, registration)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Deliverable            | werkplaats-online-ondernemen-coordinator | digitale-werkplaats-twente-admin         | { trajecten(first: 50) { nodes { deliverables { id } } } } | $.data.trajecten.nodes[*].deliverables[0].id
					OrganisationNote       | werkplaats-online-ondernemen-coordinator | digitale-werkplaats-twente-coordinator   | { intakes(first: 50) { nodes { organisation { notes(first: 1) { nodes { id } } } } } } | $.data.intakes.nodes[*].organisation.notes.nodes[0].id
					ReachRecord            | werkplaats-online-ondernemen-coordinator | digitale-werkplaats-twente-coordinator   | { reachRecords(first: 1) { nodes { id } } } | $.data.reachRecords.nodes[0].id
					AuditEntry             | werkplaats-online-ondernemen-admin       | digitale-werkplaats-twente-admin         | { auditEntries(first: 1) { nodes { id } } } | $.data.auditEntries.nodes[0].id
					OrganisationCorrection | digitale-werkplaats-twente-coordinator   | werkplaats-online-ondernemen-coordinator | { organisationCorrections(first: 1) { nodes { id } } } | $.data.organisationCorrections.nodes[0].id
					""")
	void resolvesRecordsOfAWerkplaatsForItsStaffOnly(String type, String owner, String other, String list,
			String idPath) {
		Persona staff = Persona.named(owner);
		Response listed = this.graphQl.execute(staff, list);
		assertThat(listed.errors()).as(listed.body()).isEmpty();
		Object found = listed.path(idPath);
		String id = (found instanceof List<?> ids) ? (String) ids.getFirst() : (String) found;
		assertThat(id).as("the demo data has a %s for %s", type, owner).isNotNull();

		assertThat(node(staff, id)).isEqualTo(Map.of("id", id, "__typename", type));
		assertThat(node(Persona.named(other), id)).as("another werkplaats").isNull();
		assertThat(node(ANONYMOUS, id)).isNull();
	}

	@Test
	void resolvesTeamChangesForTheWerkplaatsAdminsOnly() {
		Response team = this.graphQl.execute(WOO_ADMIN, """
				{ werkplaats(slug: "werkplaats-online-ondernemen") { team(first: 100) { nodes { id role } } } }""");
		String teacher = team.<List<String>>path("$.data.werkplaats.team.nodes[?(@.role == 'TEACHER')].id").getFirst();
		String change = """
				mutation($input: TeamMemberRoleChangeInput!) {
				  teamMemberRoleChange(input: $input) { change { id } userErrors { code } } }""";
		this.graphQl.execute(WOO_ADMIN, change, Map.of("input", Map.of("teamMemberId", teacher, "role", "EXPERT")));
		Response back = this.graphQl.execute(WOO_ADMIN, change,
				Map.of("input", Map.of("teamMemberId", teacher, "role", "TEACHER")));
		String id = back.path("$.data.teamMemberRoleChange.change.id");
		assertThat(id).as(back.body()).isNotNull();

		assertThat(node(WOO_ADMIN, id)).isEqualTo(Map.of("id", id, "__typename", "TeamChange"));
		assertThat(node(WOO_COORDINATOR, id)).as("not an admin").isNull();
		assertThat(node(TWENTE_ADMIN, id)).as("another werkplaats").isNull();
	}

	private Map<String, Object> node(nl.werkplaatsen.support.Persona persona, String id) {
		Response response = this.graphQl.execute(persona, NODE, Map.of("id", id));
		assertThat(response.errors()).isEmpty();
		return response.path("$.data.node");
	}

}
