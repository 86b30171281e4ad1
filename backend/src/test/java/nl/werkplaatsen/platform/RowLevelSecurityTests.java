package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tenant isolation in the database itself: connected as the application's role, a
 * transaction acting for Digitale Werkplaats Twente can neither see, change nor insert
 * private rows of Werkplaats Online Ondernemen, and one acting for nobody sees only
 * public rows.
 */
@PlatformTest
class RowLevelSecurityTests {

	@Autowired
	GraphQlClient graphQl;

	private UUID woo;

	private UUID twente;

	@BeforeEach
	void findWerkplaatsen() throws SQLException {
		try (Connection connection = TestPostgres.database().connectAsApp()) {
			this.woo = idOf(connection, "werkplaats-online-ondernemen");
			this.twente = idOf(connection, "digitale-werkplaats-twente");
		}
	}

	@Test
	void withoutAWerkplaatsOnlyPublishedOffersAndNoMembershipsAreVisible() throws SQLException {
		try (Connection connection = actingFor(null)) {
			assertThat(count(connection, "select count(*) from offer where status = 'DRAFT'")).isZero();
			assertThat(count(connection, "select count(*) from offer where status = 'PUBLISHED'")).isPositive();
			assertThat(count(connection, "select count(*) from membership")).isZero();
			assertThat(count(connection, "select count(*) from ambition")).isZero();
		}
	}

	@Test
	void anotherWerkplaatsSeesNoDraftsMembersOrAmbitions() throws SQLException {
		try (Connection connection = actingFor(this.twente)) {
			assertThat(count(connection,
					"select count(*) from offer where status = 'DRAFT' and werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection, "select count(*) from membership where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection, "select count(*) from ambition where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection,
					"select count(*) from offer where status = 'DRAFT' and werkplaats_id = '" + this.twente + "'"))
				.isPositive();
		}
	}

	@Test
	void anotherWerkplaatsCannotChangeOrDeleteRows() throws SQLException {
		try (Connection connection = actingFor(this.twente)) {
			assertThat(connection.createStatement()
				.executeUpdate("update offer set title = 'gekaapt' where werkplaats_id = '" + this.woo + "'")).isZero();
			assertThat(connection.createStatement()
				.executeUpdate("delete from consortium_partner where werkplaats_id = '" + this.woo + "'")).isZero();
			connection.rollback();
		}
		try (Connection connection = actingFor(this.woo)) {
			assertThat(count(connection, "select count(*) from offer where title = 'gekaapt'")).isZero();
			assertThat(count(connection,
					"select count(*) from consortium_partner where werkplaats_id = '" + this.woo + "'"))
				.isPositive();
		}
	}

	@Test
	void anotherWerkplaatsCannotInsertRowsForIt() throws SQLException {
		try (Connection connection = actingFor(this.twente)) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> connection.createStatement()
					.executeUpdate("insert into offer (id, werkplaats_id, title, archetype, format) values ('"
							+ UUID.randomUUID() + "', '" + this.woo + "', 'ondergeschoven', 'SIGNALLING', 'SCAN')"))
				.withMessageContaining("row-level security");
			connection.rollback();
		}
	}

	@Test
	void anotherWerkplaatsCanLookUpButNeitherRebindNorDisableNorAddItsFrontendClients() throws SQLException {
		try (Connection connection = actingFor(this.twente)) {
			assertThat(
					count(connection, "select count(*) from frontend_client where werkplaats_id = '" + this.woo + "'"))
				.isPositive();
			assertThat(connection.createStatement()
				.executeUpdate("update frontend_client set werkplaats_id = '" + this.twente
						+ "' where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(connection.createStatement()
				.executeUpdate("update frontend_client set enabled = false where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> connection.createStatement()
					.executeUpdate("insert into frontend_client (client_id, werkplaats_id, kind) values "
							+ "('kaper-web', '" + this.woo + "', 'BROWSER')"))
				.withMessageContaining("row-level security");
			connection.rollback();
		}
	}

	@Test
	void withoutAWerkplaatsNothingCanBeWritten() throws SQLException {
		try (Connection connection = actingFor(null)) {
			assertThat(connection.createStatement().executeUpdate("update offer set title = 'anoniem'")).isZero();
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connection.createStatement()
				.executeUpdate("insert into membership (id, werkplaats_id, subject, role, name) values ('"
						+ UUID.randomUUID() + "', '" + this.woo + "', 'x', 'ADMIN', 'Indringer')"));
			connection.rollback();
		}
	}

	@Test
	void anotherWerkplaatsSeesNeitherIntakesNorContactsNorTheOrganisationsTheyName() throws SQLException {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		TestIntakes.submit(this.graphQl, input);
		String kvk = "select count(*) from organisation where kvk_number = '" + input.get("kvkNumber") + "'";

		try (Connection connection = actingFor(this.twente)) {
			assertThat(count(connection, "select count(*) from intake where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection,
					"select count(*) from organisation_contact where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection, "select count(*) from consent where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThat(count(connection, kvk)).isZero();
			assertThat(connection.createStatement()
				.executeUpdate("update intake set question = 'gekaapt' where werkplaats_id = '" + this.woo + "'"))
				.isZero();
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connection.createStatement()
				.executeUpdate("update organisation set name = 'gekaapt' where kvk_number = '" + input.get("kvkNumber")
						+ "'"));
			connection.rollback();
		}
		try (Connection connection = actingFor(null)) {
			assertThat(count(connection, "select count(*) from intake")).isZero();
			assertThat(count(connection, kvk)).isZero();
		}
		try (Connection connection = actingFor(this.woo)) {
			assertThat(count(connection, kvk)).isOne();
			assertThat(count(connection, "select count(*) from intake where question = 'gekaapt'")).isZero();
		}
	}

	private static Connection actingFor(UUID werkplaats) throws SQLException {
		Connection connection = TestPostgres.database().connectAsApp();
		connection.setAutoCommit(false);
		try (PreparedStatement set = connection.prepareStatement("select set_config('app.werkplaats', ?, true)")) {
			set.setString(1, (werkplaats != null) ? werkplaats.toString() : "");
			set.execute();
		}
		return connection;
	}

	private static UUID idOf(Connection connection, String slug) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select id from werkplaats where slug = ?")) {
			query.setString(1, slug);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getObject(1, UUID.class);
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
