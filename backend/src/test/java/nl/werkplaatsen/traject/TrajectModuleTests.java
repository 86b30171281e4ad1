package nl.werkplaatsen.traject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.TestDatabaseConfiguration;
import nl.werkplaatsen.support.TestWerkplaatsen;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.traject.TrajectInputs.TrajectCreateInput;
import nl.werkplaatsen.traject.TrajectInputs.TrajectPayload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The traject module with what it depends on, but without the intake module: the intake
 * side ({@link TrajectIntakes}) is the test's own, so the rules for creating a traject
 * are checked against intakes in every state without submitting one.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "werkplaats.graphql.complete-schema=false",
		"werkplaats.keycloak.admin.realm-url=http://127.0.0.1:9/realms/werkplaatsen",
		"werkplaats.keycloak.admin.client-secret=unreachable" })
@Import({ TestDatabaseConfiguration.class, TrajectModuleTests.Intakes.class })
class TrajectModuleTests {

	static final UUID MATCHED_INTAKE = UUID.randomUUID();

	@Autowired
	TrajectService trajecten;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyAnOpenIntakeOfTheWerkplaatsBecomesATrajectAndARefusalAnnouncesNothing(AssertablePublishedEvents events) {
		TestWerkplaatsen.Registered registered = TestWerkplaatsen.register(this.jdbc, "traject-module");
		UUID werkplaats = registered.id();
		String slug = registered.slug();
		Actor coordinator = new Actor(Actor.Kind.PERSON, "traject-module-coordinator", Set.of(),
				new Actor.ActingWerkplaats(werkplaats, slug, TeamRole.COORDINATOR));
		String offer = GlobalId.encode("Offer", UUID.randomUUID());

		TrajectPayload matched = Tenancy.callAs(coordinator,
				() -> this.trajecten.create(new TrajectCreateInput(GlobalId.encode("Intake", MATCHED_INTAKE), offer,
						AcademicPeriod.PERIOD_2, null, null)));
		TrajectPayload unknown = Tenancy.callAs(coordinator,
				() -> this.trajecten.create(new TrajectCreateInput(GlobalId.encode("Intake", UUID.randomUUID()), offer,
						AcademicPeriod.PERIOD_2, null, null)));

		assertThat(matched.traject()).isNull();
		assertThat(matched.userErrors()).extracting(UserError::code, UserError::field)
			.contains(org.assertj.core.groups.Tuple.tuple(UserErrorCode.INVALID_STATE, List.of("intakeId")),
					org.assertj.core.groups.Tuple.tuple(UserErrorCode.NOT_FOUND, List.of("offerId")));
		assertThat(unknown.userErrors()).extracting(UserError::code).contains(UserErrorCode.NOT_FOUND);
		assertThat(events.ofType(TrajectCreated.class)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from traject where werkplaats_id = ?")
			.param(werkplaats)
			.query(Long.class)
			.single()).isZero();
	}

	/** The intake module's part, which this test stands in for: one matched intake. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Intakes {

		@Bean
		TrajectIntakes trajectIntakes() {
			return (id) -> MATCHED_INTAKE.equals(id) ? Optional
				.of(new TrajectIntakes.TrajectIntake(id, UUID.randomUUID(), "MATCHED", false, AcademicPeriod.PERIOD_2))
					: Optional.empty();
		}

	}

}
