package nl.werkplaatsen.intake;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.TestDatabaseConfiguration;
import nl.werkplaatsen.support.TestWerkplaatsen;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.traject.TrajectCreated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake module with what it depends on, without matching, notifications or demo
 * data: an intake submitted through the public form turns MATCHED when a traject created
 * from it is announced — the reaction, driven by the event alone.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "werkplaats.graphql.complete-schema=false",
		"werkplaats.keycloak.admin.realm-url=http://127.0.0.1:9/realms/werkplaatsen",
		"werkplaats.keycloak.admin.client-secret=unreachable" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, GraphQlClient.class })
class IntakeModuleTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenancy tenancy;

	@Test
	void anIntakeIsMatchedInReactionToATrajectCreatedFromIt(Scenario scenario) {
		// The werkplaats module is not loaded here: the test registers a werkplaats
		// itself.
		TestWerkplaatsen.Registered registered = TestWerkplaatsen.register(this.jdbc, "intake-module");
		UUID werkplaats = registered.id();
		String slug = registered.slug();
		String reference = TestIntakes.submit(this.graphQl, TestIntakes.valid(slug));
		UUID intake = national(() -> this.jdbc.sql("select id from intake where reference = ?")
			.param(reference)
			.query(UUID.class)
			.single());
		assertThat(statusOf(intake)).isEqualTo("NEW");

		scenario.publish(new TrajectCreated(UUID.randomUUID(), intake, werkplaats, slug, UUID.randomUUID()))
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForStateChange(() -> statusOf(intake), "MATCHED"::equals)
			.andVerify((status) -> assertThat(status).isEqualTo("MATCHED"));
	}

	private String statusOf(UUID intake) {
		return national(() -> this.jdbc.sql("select status from intake where id = ?")
			.param(intake)
			.query(String.class)
			.single());
	}

	private <T> T national(java.util.function.Supplier<T> read) {
		return Tenancy.callAs(
				new Actor(Actor.Kind.PERSON, "network-coordinator", Set.of(NationalRole.NETWORK_COORDINATOR), null),
				() -> this.tenancy.readNationally(read));
	}

}
