package nl.werkplaatsen.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.support.TestPostgres;

/**
 * Records of the past written straight into the tables (as the schema owner), so a test
 * sets every date the KPIs count by: organisations, intakes, trajecten with students,
 * events with attendance, reach, 1-metingen, referrals and ambitions.
 */
final class KpiFixture {

	private KpiFixture() {
	}

	static UUID werkplaats(String slug) {
		return queryId("select id from werkplaats where slug = ?", slug);
	}

	/** A KVK number no other test uses. */
	static String kvk() {
		return "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	static UUID organisation(String kvk) {
		return queryId(
				"select organisation_register(?, ?, 'G', null, 'MICRO', null, null, null, null, null, null, null)", kvk,
				"Organisatie " + kvk);
	}

	static UUID intake(UUID werkplaats, UUID organisation, LocalDate submittedOn) {
		UUID contact = UUID.randomUUID();
		UUID intake = UUID.randomUUID();
		update("""
				insert into organisation_contact (id, werkplaats_id, organisation_id, name, email)
				values (?, ?, ?, 'Contact', 'contact@example.org')""", contact, werkplaats, organisation);
		update("""
				insert into intake (id, werkplaats_id, reference, organisation_id, contact_id, question, status, channel,
				  submission_key, submitted_at)
				values (?, ?, ?, ?, ?, 'Een vraag', 'MATCHED', 'STAFF', 'kpi-test',
				  (?::date + time '12:00') at time zone 'Europe/Amsterdam')""",
				intake, werkplaats, reference(), organisation, contact, submittedOn.toString());
		return intake;
	}

	/** A traject started on the day (null: not started), on an intake of that day. */
	static UUID traject(UUID werkplaats, UUID organisation, @Nullable LocalDate startedOn) {
		UUID intake = intake(werkplaats, organisation, (startedOn != null) ? startedOn : LocalDate.of(2019, 6, 1));
		return trajectOn(werkplaats, organisation, intake, startedOn);
	}

	static UUID trajectOn(UUID werkplaats, UUID organisation, UUID intake, @Nullable LocalDate startedOn) {
		UUID offer = UUID.randomUUID();
		update("""
				insert into offer (id, werkplaats_id, title, archetype, format)
				values (?, ?, ?, 'WORKING_WITH_STUDENTS', 'TRAJECT')""", offer, werkplaats, "KPI " + offer);
		UUID traject = UUID.randomUUID();
		update("""
				insert into traject (id, werkplaats_id, intake_id, offer_id, organisation_id, status, started_on)
				values (?, ?, ?, ?, ?, ?, ?)""", traject, werkplaats, intake, offer, organisation,
				(startedOn != null) ? "RUNNING" : "PLANNED", startedOn);
		return traject;
	}

	/** A student (known by email) on the traject. */
	static void student(UUID werkplaats, UUID traject, String email) {
		UUID student = queryId("""
				insert into student (id, werkplaats_id, name, email, programme_id, study_year)
				values (gen_random_uuid(), ?, 'Student', ?, (select id from programme order by id limit 1), 2)
				returning id""", werkplaats, email);
		update("""
				insert into traject_member (id, werkplaats_id, traject_id, student_id, role)
				values (gen_random_uuid(), ?, ?, ?, 'STUDENT')""", werkplaats, traject, student);
	}

	static UUID event(UUID werkplaats, LocalDate day, int attendedWithoutRegistration) {
		UUID event = UUID.randomUUID();
		update("""
				insert into event (id, werkplaats_id, title, kind, starts_at, online, attended_without_registration)
				values (?, ?, 'Workshop', 'WORKSHOP', (?::date + time '10:00') at time zone 'Europe/Amsterdam', true, ?)""",
				event, werkplaats, day.toString(), attendedWithoutRegistration);
		return event;
	}

	static void registration(UUID werkplaats, UUID event, @Nullable String kvk, @Nullable Boolean attended) {
		update("""
				insert into event_registration (id, werkplaats_id, event_id, name, email, kvk_number,
				  consent_text_version, consent_given_at, attended)
				values (gen_random_uuid(), ?, ?, 'Deelnemer', ?, ?, 'v1', now(), ?)""", werkplaats, event,
				UUID.randomUUID() + "@example.org", kvk, attended);
	}

	static void reach(UUID werkplaats, LocalDate start, LocalDate end, int reached) {
		update("""
				insert into reach_record (id, werkplaats_id, channel, reached, period_start, period_end)
				values (gen_random_uuid(), ?, 'NEWSLETTER', ?, ?, ?)""", werkplaats, reached, start, end);
	}

	/** A 1-meting answered on the day: vraag 2's rating and vraag 5's options. */
	static void oneMeasurement(UUID werkplaats, LocalDate answeredOn, int rating, String... steps) {
		UUID response = queryId("""
				insert into monitor_response (id, werkplaats_id, instrument, version_key, national_key, channel,
				  answered_on)
				values (gen_random_uuid(), ?, 'ONE_MEASUREMENT', 'NL-1-METING-V1', 'NL-1-METING-V1', 'PAPER', ?)
				returning id""", werkplaats, answeredOn);
		update("""
				insert into monitor_answer (id, werkplaats_id, response_id, question_key, national, answer_values)
				values (gen_random_uuid(), ?, ?, 'q2', true, array[?]::varchar[])""", werkplaats, response,
				String.valueOf(rating));
		update("""
				insert into monitor_answer (id, werkplaats_id, response_id, question_key, national, answer_values)
				values (gen_random_uuid(), ?, ?, 'q5', true, string_to_array(?, ',')::varchar[])""", werkplaats,
				response, String.join(",", steps));
	}

	/**
	 * A referral sent on the day to another werkplaats; accepted into the intake given,
	 * declined without one.
	 */
	static void referral(UUID from, UUID to, UUID intake, UUID organisation, LocalDate sentOn,
			@Nullable UUID receivedIntake) {
		update("""
				insert into referral (id, werkplaats_id, to_werkplaats_id, intake_id, organisation_id, question, status,
				  sent_by_subject, created_at, answered_at, decline_reason, received_intake_id)
				values (gen_random_uuid(), ?, ?, ?, ?, 'Kunnen jullie helpen?', ?, 'kpi-test',
				  (?::date + time '09:00') at time zone 'Europe/Amsterdam',
				  (?::date + time '15:00') at time zone 'Europe/Amsterdam', ?, ?)""", from, to, intake, organisation,
				(receivedIntake != null) ? "ACCEPTED" : "DECLINED", sentOn.toString(), sentOn.toString(),
				(receivedIntake != null) ? null : "Geen capaciteit", receivedIntake);
	}

	static void ambition(UUID werkplaats, int year, int reach, int trainings, int trajecten, int students) {
		update("""
				insert into ambition (id, werkplaats_id, year, reach_target, trainings_target, trajecten_target,
				  students_target)
				values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
				on conflict (werkplaats_id, year) do update set reach_target = excluded.reach_target,
				  trainings_target = excluded.trainings_target, trajecten_target = excluded.trajecten_target,
				  students_target = excluded.students_target""", werkplaats, year, reach, trainings, trajecten,
				students);
	}

	private static String reference() {
		String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		StringBuilder reference = new StringBuilder("INT-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				reference.append('-');
			}
			reference.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return reference.toString();
	}

	private static void update(String sql, @Nullable Object... values) {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = prepared(owner, sql, values)) {
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " " + Arrays.toString(values), ex);
		}
	}

	private static UUID queryId(String sql, @Nullable Object... values) {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement statement = prepared(owner, sql, values);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getObject(1, UUID.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " " + Arrays.toString(values), ex);
		}
	}

	private static PreparedStatement prepared(Connection connection, String sql, @Nullable Object... values)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		return statement;
	}

}
