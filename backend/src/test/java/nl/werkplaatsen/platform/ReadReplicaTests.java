package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.ReplicaReads;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a read replica configured, the national figures and exports read there — here a
 * second embedded PostgreSQL stands in for it, migrated like the primary but holding none
 * of its rows — told who acts as on the primary; everything else stays on the primary.
 */
@PlatformTest
class ReadReplicaTests {

	private static final EmbeddedPostgres replica = startReplica();

	private static final TestPostgres.Database replicaDatabase = migrated();

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	ReplicaReads figures;

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		registry.add("werkplaats.read-replica.url", replicaDatabase::url);
		registry.add("werkplaats.read-replica.username", () -> TestPostgres.APP);
		registry.add("werkplaats.read-replica.password", () -> TestPostgres.APP);
	}

	@AfterAll
	static void stopReplica() throws Exception {
		replica.close();
	}

	@Test
	void figuresAreReadOnTheReplicaToldWhoActs() {
		Actor analyst = new Actor(Actor.Kind.PERSON, "replica-reader", java.util.Set.of(), null);

		Map<String, Object> seen = Tenancy.callAs(analyst, () -> this.figures.read((jdbc) -> jdbc
			.sql("select inet_server_port() as port, current_setting('app.subject', true) as subject, "
					+ "current_setting('transaction_read_only') as read_only")
			.query()
			.singleRow()));

		assertThat(this.figures.onReplica()).isTrue();
		assertThat(seen).containsEntry("port", replica.getPort())
			.containsEntry("subject", "replica-reader")
			.containsEntry("read_only", "on");
	}

	@Test
	void theKpisComeFromTheReplicaAndTheRestFromThePrimary() {
		String kpis = "{ kpis(period: { from: \"2020-01-01\", to: \"2030-12-31\" }) "
				+ "{ national { trajecten contacten } werkplaatsen { figures { trajecten } } } }";

		GraphQlClient.Response answer = this.graphQl.execute(NETWORK_COORDINATOR, kpis);
		GraphQlClient.Response register = this.graphQl.execute(NETWORK_COORDINATOR,
				"{ werkplaatsen(first: 1) { totalCount } }");

		// The replica holds the schema but none of the demo's rows.
		assertThat(answer.errors()).isEmpty();
		assertThat(answer.<Integer>path("$.data.kpis.national.trajecten")).isZero();
		assertThat(answer.<Integer>path("$.data.kpis.national.contacten")).isZero();
		assertThat(answer.<java.util.List<Object>>path("$.data.kpis.werkplaatsen")).isEmpty();
		assertThat(register.<Integer>path("$.data.werkplaatsen.totalCount")).isGreaterThanOrEqualTo(20);
	}

	private static EmbeddedPostgres startReplica() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static TestPostgres.Database migrated() {
		TestPostgres.Database database = TestPostgres.create(replica.getJdbcUrl("postgres", "postgres"),
				"werkplaats_replica");
		try (Connection superuser = DriverManager.getConnection(database.url(), "postgres", "postgres");
				Statement sql = superuser.createStatement()) {
			// As on the primary's server: the owner may create the search extension.
			sql.execute("grant create on database werkplaats_replica to " + TestPostgres.OWNER);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(new DriverManagerDataSource(database.url(), TestPostgres.OWNER, TestPostgres.OWNER));
		liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
		liquibase.setChangeLogParameters(Map.of("app_role", TestPostgres.APP));
		liquibase.setResourceLoader(new DefaultResourceLoader());
		try {
			liquibase.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not migrate the replica", ex);
		}
		return database;
	}

}
