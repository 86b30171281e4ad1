package nl.werkplaatsen.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.kpi.KpiFixture.event;
import static nl.werkplaatsen.kpi.KpiFixture.intake;
import static nl.werkplaatsen.kpi.KpiFixture.kvk;
import static nl.werkplaatsen.kpi.KpiFixture.oneMeasurement;
import static nl.werkplaatsen.kpi.KpiFixture.organisation;
import static nl.werkplaatsen.kpi.KpiFixture.reach;
import static nl.werkplaatsen.kpi.KpiFixture.registration;
import static nl.werkplaatsen.kpi.KpiFixture.referral;
import static nl.werkplaatsen.kpi.KpiFixture.student;
import static nl.werkplaatsen.kpi.KpiFixture.traject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The maintained KPI totals and counts (what calendar years, quarters and months are read
 * from) stay equal to the definition through every kind of change, in 2017, a year no
 * other test uses: after each change, every month, quarter and the year, per werkplaats
 * and nationally (all werkplaatsen, one, two), are compared figure by figure; a rebuild
 * from the definition then finds nothing to correct, for the demo data too.
 */
@PlatformTest
class MaintainedKpiTests {

	static final String WOO = "werkplaats-online-ondernemen";

	static final String TWENTE = "digitale-werkplaats-twente";

	@Autowired
	GraphQlClient platform;

	@Test
	void theMaintainedFiguresFollowEveryChangeExactly() throws SQLException {
		UUID woo = KpiFixture.werkplaats(WOO);
		UUID twente = KpiFixture.werkplaats(TWENTE);
		String kvkA = kvk();
		String kvkB = kvk();
		String kvkC = kvk();
		UUID a = organisation(kvkA);
		UUID b = organisation(kvkB);
		organisation(kvkC);

		UUID first = traject(woo, a, LocalDate.of(2017, 2, 1));
		student(woo, first, "m1@student.example.org");
		student(woo, first, "m2@student.example.org");
		UUID second = traject(woo, a, LocalDate.of(2017, 3, 31));
		student(woo, second, "M1@student.example.org");
		UUID wooIntake = intake(woo, b, LocalDate.of(2017, 1, 10));
		UUID twenteIntake = intake(twente, a, LocalDate.of(2017, 5, 5));
		UUID elsewhere = traject(twente, b, LocalDate.of(2017, 4, 1));
		student(twente, elsewhere, "m1@student.example.org");
		UUID training = event(woo, LocalDate.of(2017, 6, 10), 3);
		registration(woo, training, kvkA, true);
		registration(woo, training, kvkC, true);
		registration(woo, training, null, true);
		registration(woo, training, kvkB, false);
		reach(woo, LocalDate.of(2017, 1, 20), LocalDate.of(2017, 2, 20), 100);
		oneMeasurement(woo, LocalDate.of(2017, 7, 1), 9, "a", "c");
		oneMeasurement(twente, LocalDate.of(2017, 7, 2), 6, "i");
		referral(woo, twente, wooIntake, b, LocalDate.of(2017, 8, 1), twenteIntake);
		assertMaintainedEqualsDefinition();
		assertThat(nationally("organisaties", "2017-01-01", "2017-12-31")).isEqualTo(3);
		assertThat(nationally("studenten", "2017-01-01", "2017-12-31")).isEqualTo(2);
		assertThat(nationally("trainingen", "2017-04-01", "2017-06-30")).isEqualTo(6);

		// The app's own writes, as the werkplaats: an intake moved to another month.
		try (Connection app = TestPostgres.database().connectAsAppActingFor(WOO);
				PreparedStatement moved = app.prepareStatement(
						"update intake set submitted_at = submitted_at + interval '31 days' where id = ?")) {
			moved.setObject(1, wooIntake);
			assertThat(moved.executeUpdate()).isEqualTo(1);
			app.commit();
		}
		assertMaintainedEqualsDefinition();

		// A's KVK number corrected: both werkplaatsen's trajecten and intakes move with
		// it.
		String corrected = kvk();
		sql("update organisation set kvk_number = ? where id = ?", corrected, a);
		assertMaintainedEqualsDefinition();
		assertThat(nationally("organisaties", "2017-01-01", "2017-12-31")).isEqualTo(4);

		// The second student turns out to be the first (same address): counted once.
		sql("update student set email = 'm1@student.example.org' where email = 'm2@student.example.org'");
		assertMaintainedEqualsDefinition();
		assertThat(nationally("studenten", "2017-01-01", "2017-03-31")).isEqualTo(1);
		sql("update student set institution_ref = 'ROC', student_ref = '17' where email = 'm1@student.example.org' "
				+ "and werkplaats_id = ?", twente);
		assertMaintainedEqualsDefinition();
		sql("delete from traject_member where traject_id = ?", second);
		assertMaintainedEqualsDefinition();

		// The training cancelled and held after all; attendance and numbers corrected.
		sql("update event set status = 'CANCELLED' where id = ?", training);
		assertMaintainedEqualsDefinition();
		assertThat(nationally("trainingen", "2017-06-01", "2017-06-30")).isZero();
		sql("update event set status = 'SCHEDULED', attended_without_registration = 5 where id = ?", training);
		sql("update event_registration set attended = true where event_id = ? and kvk_number = ?", training, kvkB);
		sql("update event_registration set kvk_number = ? where event_id = ? and kvk_number = ?", kvkB, training, kvkC);
		assertMaintainedEqualsDefinition();
		sql("update event set starts_at = starts_at + interval '30 days' where id = ?", training);
		assertMaintainedEqualsDefinition();

		// Reach, the 1-meting and the referral changed; an intake, a traject's start and
		// a
		// response withdrawn.
		sql("delete from reach_record where werkplaats_id = ? and period_start = '2017-01-20'", woo);
		reach(twente, LocalDate.of(2017, 3, 31), LocalDate.of(2017, 3, 31), 7);
		sql("update monitor_answer set answer_values = array['5']::varchar[] where question_key = 'q2' and response_id in "
				+ "(select id from monitor_response where werkplaats_id = ? and answered_on = '2017-07-01')", woo);
		assertMaintainedEqualsDefinition();
		sql("update referral set status = 'DECLINED', received_intake_id = null, decline_reason = 'Geen capaciteit' "
				+ "where intake_id = ?", wooIntake);
		sql("update traject set started_on = null, status = 'PLANNED' where id = ?", elsewhere);
		sql("delete from monitor_answer where response_id in "
				+ "(select id from monitor_response where werkplaats_id = ? and answered_on = '2017-07-02')", twente);
		assertMaintainedEqualsDefinition();
		assertThat(nationally("trajecten", "2017-01-01", "2017-12-31")).isEqualTo(2);

		// Nothing left for a rebuild from the definition to correct, the demo data's
		// figures included.
		List<String> maintained = maintainedState();
		sql("select kpi_rebuild()");
		assertThat(maintainedState()).containsExactlyInAnyOrderElementsOf(maintained);
	}

	@Test
	void theMaintainedFiguresAreTheOwnersAlone() throws SQLException {
		for (String read : List.of("select count(*) from kpi_contribution", "select count(*) from kpi_member",
				"select count(*) from kpi_national_count", "select count(*) from kpi_contribution_source",
				"select kpi_rebuild()", "select kpi_refresh('I', array[gen_random_uuid()])",
				"select * from kpi_maintained(array[1], array['Y']::char(1)[], array[date '2017-01-01'], array[date '2017-12-31'], null::uuid[])")) {
			try (Connection app = TestPostgres.database().connectAsAppActingFor(WOO);
					PreparedStatement statement = app.prepareStatement(read)) {
				assertThatThrownBy(statement::executeQuery).as(read).hasMessageContaining("permission denied");
			}
		}
	}

	/** Every calendar period of 2017, per werkplaats and nationally, for three scopes. */
	private void assertMaintainedEqualsDefinition() throws SQLException {
		List<LocalDate[]> periods = new ArrayList<>();
		periods.add(new LocalDate[] { LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31) });
		for (int quarter = 0; quarter < 4; quarter++) {
			LocalDate from = LocalDate.of(2017, 1 + 3 * quarter, 1);
			periods.add(new LocalDate[] { from, from.plusMonths(3).minusDays(1) });
		}
		for (int month = 1; month <= 12; month++) {
			LocalDate from = LocalDate.of(2017, month, 1);
			periods.add(new LocalDate[] { from, from.plusMonths(1).minusDays(1) });
		}
		String numbers = "{" + String.join(",", periods.stream().map((p) -> "" + (periods.indexOf(p) + 1)).toList())
				+ "}";
		String units = "{" + String.join(",", periods.stream().map((p) -> unitOf(p)).toList()) + "}";
		String froms = "{" + String.join(",", periods.stream().map((p) -> p[0].toString()).toList()) + "}";
		String tos = "{" + String.join(",", periods.stream().map((p) -> p[1].toString()).toList()) + "}";
		UUID woo = KpiFixture.werkplaats(WOO);
		UUID twente = KpiFixture.werkplaats(TWENTE);
		for (String scope : new String[] { null, "{" + woo + "}", "{" + woo + "," + twente + "}" }) {
			List<String> maintained = rows(
					"select * from kpi_maintained(?::integer[], ?::char(1)[], ?::date[], ?::date[], ?::uuid[]) "
							+ "where value <> 0",
					numbers, units, froms, tos, scope);
			List<String> defined = rows(
					"select * from kpi_definition(?::integer[], ?::date[], ?::date[], ?::uuid[]) where value <> 0",
					numbers, froms, tos, scope);
			assertThat(maintained).as("scope " + scope).containsExactlyInAnyOrderElementsOf(defined);
		}
	}

	private static String unitOf(LocalDate[] period) {
		if (period[1].equals(period[0].plusYears(1).minusDays(1))) {
			return "Y";
		}
		return period[1].equals(period[0].plusMonths(3).minusDays(1)) ? "Q" : "M";
	}

	/** A national figure of a calendar period, through the figures the API reads. */
	private static long nationally(String measure, String from, String to) throws SQLException {
		List<String> rows = rows("select " + measure + " from kpi_figures(array[?::date], array[?::date], null) "
				+ "where werkplaats_id is null", from, to);
		return Long.parseLong(rows.getFirst());
	}

	private static List<String> maintainedState() throws SQLException {
		List<String> state = new ArrayList<>();
		state.addAll(rows("select 'total', * from kpi_total where amount <> 0"));
		state.addAll(rows("select 'member', * from kpi_member"));
		state.addAll(rows("select 'national member', * from kpi_national_member"));
		state.addAll(rows("select 'count', * from kpi_member_count where members <> 0"));
		state.addAll(rows("select 'national count', * from kpi_national_count where members <> 0"));
		state.addAll(rows("select 'contribution', kind, source_id, werkplaats_id, day, measure, amount, member "
				+ "from kpi_contribution"));
		return state;
	}

	private static List<String> rows(String sql, @Nullable Object... values) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					StringBuilder row = new StringBuilder();
					for (int column = 1; column <= columns; column++) {
						row.append((column > 1) ? "|" : "").append(result.getString(column));
					}
					rows.add(row.toString());
				}
			}
			return rows;
		}
	}

	private static void sql(String sql, @Nullable Object... values) throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = owner.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.execute();
		}
		catch (SQLException ex) {
			throw new SQLException(sql + " " + Arrays.toString(values) + ": " + ex.getMessage(), ex);
		}
	}

}
