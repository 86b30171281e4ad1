package nl.werkplaatsen.team;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team administration, on members added for the test (to MKB Datalab Limburg, or to a
 * werkplaats of the test's own) so the demo teams other tests rely on stay as they are.
 */
@PlatformTest
class TeamAdministrationTests {

	static final String LIMBURG = "mkb-datalab-limburg";

	static final String ROLE = """
			mutation($id: ID!, $role: TeamRole!) {
			  teamMemberRoleChange(input: { teamMemberId: $id, role: $role }) { change { action oldRole newRole } userErrors { code } }
			}""";

	static final String REMOVE = """
			mutation($id: ID!) { teamMemberRemove(input: { teamMemberId: $id }) { change { action } userErrors { code } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	TeamDirectory teams;

	@Autowired
	WerkplaatsDirectory werkplaatsen;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Test
	void theCallerMembershipReadModelShowsACallerOnlyTheirOwnAndTheirWerkplaatsRows() {
		Persona twenteMember = member("digitale-werkplaats-twente", TeamRole.EXPERT);
		WerkplaatsCard twente = this.werkplaatsen.findBySlug("digitale-werkplaats-twente").orElseThrow();
		WerkplaatsCard woo = this.werkplaatsen.findBySlug("werkplaats-online-ondernemen").orElseThrow();
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactionManager);
		Actor wooCoordinator = new Actor(Actor.Kind.PERSON, "woo-coordinator-" + UUID.randomUUID(), java.util.Set.of(),
				new Actor.ActingWerkplaats(woo.id(), woo.slug(), TeamRole.COORDINATOR));

		// As the application's role: WOO's coordinator reads neither Twente's member nor
		// their row; the member reads their own.
		long seenByWoo = Tenancy.callAs(wooCoordinator,
				() -> transaction.execute((status) -> this.jdbc
					.sql("select count(*) from caller_membership where subject = :subject or werkplaats_id = :twente")
					.param("subject", twenteMember.subject())
					.param("twente", twente.id())
					.query(Long.class)
					.single()));
		Actor self = new Actor(Actor.Kind.PERSON, twenteMember.subject(), java.util.Set.of(), null);
		List<String> seenBySelf = Tenancy.callAs(self, () -> this.teams.membershipsOfCurrentActor())
			.stream()
			.map(Actor.ActingWerkplaats::slug)
			.toList();

		assertThat(seenByWoo).isZero();
		assertThat(seenBySelf).containsExactly("digitale-werkplaats-twente");
	}

	@Test
	void aRemovedMemberIsRefusedOnTheirNextRequest() {
		Persona coordinator = member(TeamRole.COORDINATOR);
		String intakes = "{ intakes(first: 1) { totalCount } }";
		assertThat(this.graphQl.execute(coordinator, intakes).errors()).isEmpty();

		Response removed = this.graphQl.execute(NETWORK_COORDINATOR, REMOVE, Map.of("id", idOf(coordinator)));

		assertThat(removed.<String>path("$.data.teamMemberRemove.change.action")).isEqualTo("REMOVED");
		assertThat(this.graphQl.execute(coordinator, intakes).classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void aMemberRemovedWhereThisReplicaCannotSeeIsRefusedOnTheirNextRequest() throws Exception {
		Persona coordinator = member(TeamRole.COORDINATOR);
		String intakes = "{ intakes(first: 1) { totalCount } }";
		assertThat(this.graphQl.execute(coordinator, intakes).errors()).isEmpty();
		assertThat(this.graphQl.execute(coordinator, intakes).errors()).isEmpty();

		// As another replica would: the change reaches the database, not this replica's
		// cache of the caller.
		try (java.sql.Connection owner = nl.werkplaatsen.support.TestPostgres.database().connectAsOwner();
				java.sql.PreparedStatement delete = owner
					.prepareStatement("delete from membership where subject = ?")) {
			delete.setString(1, coordinator.subject());
			assertThat(delete.executeUpdate()).isEqualTo(1);
		}

		Response after = this.graphQl.execute(coordinator, intakes);
		assertThat(after.classifications()).containsExactly("FORBIDDEN");
		assertThat(after.status()).isEqualTo(403);
		assertThat(this.graphQl.execute(coordinator, "{ werkplaatsen(first: 1) { totalCount } }").status())
			.isEqualTo(403);
	}

	@Test
	void aChangedRoleCountsFromTheNextRequest() {
		Persona teacher = member(TeamRole.TEACHER);
		String intakes = "{ intakes(first: 1) { totalCount } }";
		assertThat(this.graphQl.execute(teacher, intakes).classifications()).containsExactly("FORBIDDEN");

		Response promoted = this.graphQl.execute(NETWORK_COORDINATOR, ROLE,
				Map.of("id", idOf(teacher), "role", "COORDINATOR"));

		assertThat(promoted.<String>path("$.data.teamMemberRoleChange.change.newRole")).isEqualTo("COORDINATOR");
		assertThat(this.graphQl.execute(teacher, intakes).errors()).isEmpty();
		this.graphQl.execute(NETWORK_COORDINATOR, ROLE, Map.of("id", idOf(teacher), "role", "TEACHER"));
		assertThat(this.graphQl.execute(teacher, intakes).classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void theLastAdminCanBeNeitherDemotedNorRemovedAndEveryChangeIsRecorded() {
		// A werkplaats of its own, so it starts with no team at all.
		String slug = "team-" + UUID.randomUUID().toString().substring(0, 8);
		this.graphQl.execute(NETWORK_COORDINATOR, """
				mutation($input: WerkplaatsCreateInput!) { werkplaatsCreate(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("slug", slug, "name", "Werkplaats " + slug, "demo", true)));
		Persona first = member(slug, TeamRole.ADMIN);
		Persona coordinator = member(slug, TeamRole.COORDINATOR);

		assertThat(this.graphQl.execute(first, ROLE, Map.of("id", idOf(first), "role", "COORDINATOR"))
			.userErrorCodes("teamMemberRoleChange")).containsExactly("INVALID_STATE");
		assertThat(this.graphQl.execute(first, REMOVE, Map.of("id", idOf(first))).userErrorCodes("teamMemberRemove"))
			.containsExactly("INVALID_STATE");
		Response promoted = this.graphQl.execute(first, ROLE, Map.of("id", idOf(coordinator), "role", "ADMIN"));
		Response demoted = this.graphQl.execute(first, ROLE, Map.of("id", idOf(first), "role", "COORDINATOR"));

		assertThat(promoted.<String>path("$.data.teamMemberRoleChange.change.newRole")).isEqualTo("ADMIN");
		assertThat(demoted.<String>path("$.data.teamMemberRoleChange.change.oldRole")).isEqualTo("ADMIN");
		List<String> recorded = this.graphQl
			.execute(NETWORK_COORDINATOR,
					"{ werkplaats(slug: \"" + slug
							+ "\") { teamChanges(first: 100) { nodes { action actorSubject } } } }")
			.path("$.data.werkplaats.teamChanges.nodes[*].actorSubject");
		assertThat(recorded).contains(first.subject());
	}

	@Test
	void twoAdminsDemotingOrRemovingEachOtherAtOnceLeaveOneAdmin() throws Exception {
		java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 8; round++) {
				String slug = newWerkplaats();
				Persona first = member(slug, TeamRole.ADMIN);
				Persona second = member(slug, TeamRole.ADMIN);
				boolean remove = round % 2 == 1;
				java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
				java.util.concurrent.Callable<Response> firstDemotesSecond = () -> {
					start.await();
					return remove ? this.graphQl.execute(first, REMOVE, Map.of("id", idOf(second)))
							: this.graphQl.execute(first, ROLE, Map.of("id", idOf(second), "role", "COORDINATOR"));
				};
				java.util.concurrent.Callable<Response> secondDemotesFirst = () -> {
					start.await();
					return remove ? this.graphQl.execute(second, REMOVE, Map.of("id", idOf(first)))
							: this.graphQl.execute(second, ROLE, Map.of("id", idOf(first), "role", "COORDINATOR"));
				};
				List<Response> answers = both.invokeAll(List.of(firstDemotesSecond, secondDemotesFirst))
					.stream()
					.map((answer) -> answer.resultNow())
					.toList();

				String mutation = remove ? "teamMemberRemove" : "teamMemberRoleChange";
				// One change goes through. The other either finds the last admin
				// (INVALID_STATE) or, arriving after the first committed, comes from
				// someone who is no admin any more: refused as its transaction begins
				// (FORBIDDEN), or not finding the member when just after (NOT_FOUND).
				List<List<String>> outcomes = answers.stream()
					.map((answer) -> answer.errors().isEmpty() ? answer.userErrorCodes(mutation)
							: answer.classifications())
					.sorted(java.util.Comparator.comparing(List::size))
					.toList();
				assertThat(outcomes).as(answers.toString())
					.isIn(List.of(List.of(), List.of("INVALID_STATE")), List.of(List.of(), List.of("NOT_FOUND")),
							List.of(List.of(), List.of("FORBIDDEN")));
				assertThat(adminsOf(slug)).isOne();
			}
		}
		finally {
			both.shutdownNow();
		}
	}

	private static long adminsOf(String slug) throws java.sql.SQLException {
		try (java.sql.Connection owner = nl.werkplaatsen.support.TestPostgres.database().connectAsOwner();
				java.sql.PreparedStatement count = owner
					.prepareStatement("select count(*) from membership m join werkplaats w on w.id = m.werkplaats_id "
							+ "where w.slug = ? and m.role = 'ADMIN'")) {
			count.setString(1, slug);
			try (java.sql.ResultSet result = count.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private String newWerkplaats() {
		String slug = "team-" + UUID.randomUUID().toString().substring(0, 8);
		this.graphQl.execute(NETWORK_COORDINATOR, """
				mutation($input: WerkplaatsCreateInput!) { werkplaatsCreate(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("slug", slug, "name", "Werkplaats " + slug, "demo", true)));
		return slug;
	}

	@Test
	void anotherWerkplaatsAdminCannotTouchTheTeam() {
		Persona coordinator = member(TeamRole.COORDINATOR);

		Response response = this.graphQl.execute(WOO_ADMIN, REMOVE, Map.of("id", idOf(coordinator)));

		assertThat(response.classifications()).containsExactly("NOT_FOUND");
		assertThat(this.graphQl
			.execute(WOO_ADMIN,
					"{ werkplaats(slug: \"" + LIMBURG + "\") { teamChanges(first: 10) { nodes { action } } } }")
			.<Object>path("$.data.werkplaats.teamChanges")).isNull();
		assertThat(this.graphQl
			.execute(WOO_ADMIN,
					"{ werkplaats(slug: \"" + LIMBURG + "\") { teamChanges(first: 10) { nodes { action } } } }")
			.classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(coordinator, "{ intakes(first: 1) { totalCount } }").errors()).isEmpty();
	}

	private Persona member(TeamRole role) {
		return member(LIMBURG, role);
	}

	private Persona member(String slug, TeamRole role) {
		WerkplaatsCard limburg = this.werkplaatsen.findBySlug(slug).orElseThrow();
		String subject = UUID.randomUUID().toString();
		TeamMember membership = Tenancy.callAs(Actor.PLATFORM,
				() -> this.teams.addMember(limburg.id(), slug, subject, role, "Lid " + subject, null, null));
		this.ids.put(subject, GlobalId.encode("TeamMember", membership.id()));
		return new Persona("limburg-" + role, subject, "werkplaats-cli", "limburg-" + subject, List.of());
	}

	private final Map<String, String> ids = new java.util.HashMap<>();

	private String idOf(Persona persona) {
		return this.ids.get(persona.subject());
	}

}
