package nl.werkplaatsen.team;

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

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.support.TestDatabaseConfiguration;
import nl.werkplaatsen.support.TestWerkplaatsen;
import nl.werkplaatsen.team.TeamAdministration.TeamMemberRemoveInput;
import nl.werkplaatsen.team.TeamAdministration.TeamMemberRoleChangeInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team module on its own (with the platform it builds on, not the werkplaats module
 * or any other): the rules of a team — a werkplaats keeps one admin, every change is
 * recorded — on the real database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@org.springframework.test.context.TestPropertySource(properties = { "werkplaats.graphql.complete-schema=false",
		"werkplaats.keycloak.admin.realm-url=http://127.0.0.1:9/realms/werkplaatsen",
		"werkplaats.keycloak.admin.client-secret=unreachable" })
@Import({ TestDatabaseConfiguration.class, TeamModuleTests.Werkplaatsen.class })
class TeamModuleTests {

	@Autowired
	TeamDirectory teams;

	@Autowired
	TeamAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenancy tenancy;

	@Test
	void theLastAdminStaysAndEveryChangeIsRecorded() {
		// The werkplaats module is not loaded here: the test registers a werkplaats
		// itself.
		TestWerkplaatsen.Registered registered = TestWerkplaatsen.register(this.jdbc, "module-test");
		UUID werkplaats = registered.id();
		String slug = registered.slug();
		TeamMember first = Tenancy.callAs(Actor.PLATFORM, () -> this.teams.addMember(werkplaats, slug,
				"module-admin-" + UUID.randomUUID(), TeamRole.ADMIN, "Eva Bos", null, null));
		Actor networkCoordinator = new Actor(Actor.Kind.PERSON, "network-coordinator",
				Set.of(NationalRole.NETWORK_COORDINATOR), null);
		String firstId = GlobalId.encode("TeamMember", first.id());

		var refused = Tenancy.callAs(networkCoordinator, () -> this.administration
			.teamMemberRoleChange(new TeamMemberRoleChangeInput(firstId, TeamRole.COORDINATOR)));
		assertThat(refused.userErrors()).extracting(UserError::code).containsExactly(UserErrorCode.INVALID_STATE);
		assertThat(changesOf(first.id())).isZero();

		Tenancy.callAs(Actor.PLATFORM, () -> this.teams.addMember(werkplaats, slug, "module-admin-" + UUID.randomUUID(),
				TeamRole.ADMIN, "Sem Smit", null, null));
		var demoted = Tenancy.callAs(networkCoordinator, () -> this.administration
			.teamMemberRoleChange(new TeamMemberRoleChangeInput(firstId, TeamRole.COORDINATOR)));
		var removed = Tenancy.callAs(networkCoordinator,
				() -> this.administration.teamMemberRemove(new TeamMemberRemoveInput(firstId)));

		assertThat(demoted.userErrors()).isEmpty();
		assertThat(removed.userErrors()).isEmpty();
		assertThat(changesOf(first.id())).isEqualTo(2);
	}

	private long changesOf(UUID membership) {
		return Tenancy.callAs(
				new Actor(Actor.Kind.PERSON, "network-coordinator", Set.of(NationalRole.NETWORK_COORDINATOR), null),
				() -> this.tenancy
					.readNationally(() -> this.jdbc.sql("select count(*) from team_change where membership_id = ?")
						.param(membership)
						.query(Long.class)
						.single()));
	}

	/** The werkplaats module's part, which this test stands in for. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Werkplaatsen {

		@Bean
		TeamWerkplaatsen teamWerkplaatsen(JdbcClient jdbc) {
			return (id) -> Tenancy.callAs(Actor.PLATFORM,
					() -> Optional.of(new TeamWerkplaatsen.TeamWerkplaats(id,
							jdbc.sql("select slug from werkplaats where id = ?").param(id).query(String.class).single(),
							true, List.of())));
		}

	}

}
