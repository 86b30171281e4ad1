package nl.werkplaatsen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import nl.werkplaatsen.support.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment's migration job runs the application with the arguments the Helm chart
 * gives it: no web server, Liquibase as the owner role on an empty database, then exit.
 */
class MigrationJobTests {

	@Test
	void migrateOnlyModeMigratesAnEmptyDatabaseWithoutStartingAWebServer() throws SQLException {
		TestPostgres.Database database = TestPostgres.freshDatabase();

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WerkplaatsPlatformApplication.class)
			// The job's arguments, as the chart passes them; the database as its
			// environment would.
			.run("--spring.main.web-application-type=none", "--werkplaats.migrate-only=true",
					"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + TestPostgres.APP,
					"--spring.datasource.password=" + TestPostgres.APP, "--spring.liquibase.user=" + TestPostgres.OWNER,
					"--spring.liquibase.password=" + TestPostgres.OWNER)) {

			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getEnvironment().getProperty(WerkplaatsPlatformApplication.MIGRATE_ONLY, Boolean.class))
				.isTrue();
		}

		try (Connection owner = database.connectAsOwner(); Statement sql = owner.createStatement()) {
			assertThat(strings(sql.executeQuery("""
					select tablename from pg_tables
					where schemaname = 'public' and tableowner = current_user
					order by tablename"""))).contains("werkplaats", "membership", "offer", "databasechangelog");
			assertThat(strings(sql.executeQuery("select count(*)::text from werkplaats"))).containsExactly("0");
		}
	}

	private static List<String> strings(ResultSet rows) throws SQLException {
		List<String> values = new ArrayList<>();
		while (rows.next()) {
			values.add(rows.getString(1));
		}
		return values;
	}

}
