package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loser of two concurrent edits of one record gets a {@code CONFLICT} user error and
 * changes nothing, on every type that is edited with an optimistic lock. The race is made
 * deterministic: the test holds the record's row lock, lets the mutation read the record
 * and block on its update, then commits a concurrent change (a new version) first.
 */
@PlatformTest
class LostRaceTests {

	private static final ExecutorService mutations = Executors.newSingleThreadExecutor();

	@Autowired
	GraphQlClient graphQl;

	@AfterAll
	static void stopMutations() {
		mutations.shutdownNow();
	}

	@Test
	void anIntakeEditedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from intake where werkplaats_id = ? and status in ('NEW', 'IN_REVIEW')");

		Response lost = loseRace("intake", id, WOO_COORDINATOR, """
				mutation($input: IntakeTriageInput!) { intakeTriage(input: $input) {
				  intake { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Intake", id), "articulatedQuestion", "Lost in a race"));

		assertConflict(lost, "intakeTriage", "intake");
		assertThat(text("select coalesce(articulated_question, '') from intake where id = ?", id))
			.isNotEqualTo("Lost in a race");
	}

	@Test
	void anOfferEditedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from offer where werkplaats_id = ?");

		Response lost = loseRace("offer", id, WOO_COORDINATOR, """
				mutation($input: OfferUpdateInput!) { offerUpdate(input: $input) {
				  offer { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Offer", id), "description", "Lost in a race"));

		assertConflict(lost, "offerUpdate", "offer");
		assertThat(text("select description from offer where id = ?", id)).isNotEqualTo("Lost in a race");
	}

	@Test
	void aTrajectStartedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from traject where werkplaats_id = ? and status = 'PLANNED'");

		Response lost = loseRace("traject", id, WOO_COORDINATOR, """
				mutation($input: TrajectStartInput!) { trajectStart(input: $input) {
				  traject { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Traject", id)));

		assertConflict(lost, "trajectStart", "traject");
		assertThat(text("select status from traject where id = ?", id)).isEqualTo("PLANNED");
	}

	@Test
	void aReferralAnsweredMeanwhileIsAConflict() throws Exception {
		UUID id = row("""
				select r.id from referral r join werkplaats w on w.id = r.to_werkplaats_id
				where r.status = 'SENT' and w.slug in ('werkplaats-online-ondernemen', 'digitale-werkplaats-twente',
				  'mkb-digital-workspace') order by r.id limit 1""");
		Persona receiver = Persona.named(text("""
				select w.slug || '-coordinator' from referral r join werkplaats w on w.id = r.to_werkplaats_id
				where r.id = ?""", id));

		Response lost = loseRace("referral", id, receiver, """
				mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) {
				  referral { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Referral", id)));

		assertConflict(lost, "referralAccept", "referral");
		assertThat(text("select status from referral where id = ?", id)).isEqualTo("SENT");
	}

	@Test
	void aWerkplaatsEditedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from werkplaats where id = ?");
		String name = text("select name from werkplaats where id = ?", id);

		Response lost = loseRace("werkplaats", id, WOO_ADMIN, """
				mutation($input: WerkplaatsUpdateInput!) { werkplaatsUpdate(input: $input) {
				  werkplaats { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Werkplaats", id), "name", "Lost in a race"));

		assertConflict(lost, "werkplaatsUpdate", "werkplaats");
		assertThat(text("select name from werkplaats where id = ?", id)).isEqualTo(name);
	}

	@Test
	void anInitiativeEditedMeanwhileIsAConflict() throws Exception {
		UUID id = row("select id from initiative where archived_at is null order by id limit 1");
		String name = text("select name from initiative where id = ?", id);

		Response lost = loseRace("initiative", id, NETWORK_COORDINATOR, """
				mutation($input: InitiativeUpdateInput!) { initiativeUpdate(input: $input) {
				  initiative { id } userErrors { code field message } } }""",
				Map.of("id", GlobalId.encode("Initiative", id), "name", "Lost in a race"));

		assertConflict(lost, "initiativeUpdate", "initiative");
		assertThat(text("select name from initiative where id = ?", id)).isEqualTo(name);
	}

	@Test
	void aTeamMemberChangedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from membership where werkplaats_id = ? and role = 'TEACHER'");

		Response lost = loseRace("membership", id, WOO_ADMIN, """
				mutation($input: TeamMemberRoleChangeInput!) { teamMemberRoleChange(input: $input) {
				  change { action } userErrors { code field message } } }""",
				Map.of("teamMemberId", GlobalId.encode("TeamMember", id), "role", "EXPERT"));

		assertConflict(lost, "teamMemberRoleChange", "change");
		assertThat(text("select role from membership where id = ?", id)).isEqualTo("TEACHER");
	}

	@Test
	void aRegistrationMarkedMeanwhileIsAConflict() throws Exception {
		UUID id = wooRow("select id from event_registration where werkplaats_id = ? and import_key is null");
		String attended = text("select coalesce(attended::text, 'unknown') from event_registration where id = ?", id);

		Response lost = loseRace("event_registration", id, WOO_COORDINATOR, """
				mutation($input: RegistrationMarkAttendanceInput!) { registrationMarkAttendance(input: $input) {
				  registration { id } userErrors { code field message } } }""",
				Map.of("registrationId", GlobalId.encode("Registration", id), "attended", !"true".equals(attended)));

		assertConflict(lost, "registrationMarkAttendance", "registration");
		assertThat(text("select coalesce(attended::text, 'unknown') from event_registration where id = ?", id))
			.isEqualTo(attended);
	}

	private static void assertConflict(Response lost, String mutation, String record) {
		assertThat(lost.errors()).as(lost.body()).isEmpty();
		assertThat(lost.userErrorCodes(mutation)).as(lost.body()).containsExactly("CONFLICT");
		assertThat(lost.<Object>path("$.data." + mutation + "." + record)).isNull();
		assertThat(lost.<String>path("$.data." + mutation + ".userErrors[0].message")).contains("Read it again");
	}

	/**
	 * Runs the mutation while this test holds the record's row lock; once the mutation
	 * waits for it, commits a concurrent change of the record, so the mutation's update
	 * finds a newer version than it read.
	 */
	private Response loseRace(String table, UUID id, Persona persona, String document, Map<String, Object> input)
			throws Exception {
		try (Connection winner = TestPostgres.database().connectAsOwner()) {
			winner.setAutoCommit(false);
			execute(winner, "select 1 from " + table + " where id = ? for update", id);
			int winnerPid = integer(winner, "select pg_backend_pid()");
			Future<Response> loser = mutations
				.submit(() -> this.graphQl.execute(persona, document, Map.of("input", input)));
			await().atMost(Duration.ofSeconds(30)).until(() -> loser.isDone() || waitsFor(winnerPid));
			if (loser.isDone()) {
				winner.rollback();
				throw new AssertionError("The mutation did not wait for the record's update: " + loser.get().body());
			}
			execute(winner, "update " + table + " set version = version + 1 where id = ?", id);
			winner.commit();
			return loser.get(30, TimeUnit.SECONDS);
		}
	}

	private static boolean waitsFor(int pid) throws SQLException {
		try (Connection observer = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = observer
					.prepareStatement("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
			statement.setInt(1, pid);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) > 0;
			}
		}
	}

	private static UUID wooRow(String sql) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql + " order by id limit 1")) {
			UUID woo = woo(owner);
			statement.setObject(1, woo);
			try (ResultSet result = statement.executeQuery()) {
				assertThat(result.next()).as("a record for: " + sql).isTrue();
				return result.getObject(1, UUID.class);
			}
		}
	}

	private static UUID row(String sql) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			assertThat(result.next()).as("a record for: " + sql).isTrue();
			return result.getObject(1, UUID.class);
		}
	}

	private static UUID woo(Connection owner) throws SQLException {
		try (PreparedStatement statement = owner
			.prepareStatement("select id from werkplaats where slug = 'werkplaats-online-ondernemen'");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getObject(1, UUID.class);
		}
	}

	private static String text(String sql, UUID id) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, id);
			try (ResultSet result = statement.executeQuery()) {
				assertThat(result.next()).isTrue();
				return result.getString(1);
			}
		}
	}

	private static void execute(Connection connection, String sql, UUID id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, id);
			statement.execute();
		}
	}

	private static int integer(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getInt(1);
		}
	}

}
