package nl.werkplaatsen.platform.tenancy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The three ways to choose whose data work sees — the caller's own werkplaats, acting for
 * a named one, a national read — each outside and inside an open transaction, nested, and
 * failing closed; on the real database, as the application's role.
 */
@PlatformTest
class TenancyTests {

	@Autowired
	Tenancy tenancy;

	@Autowired
	TeamDirectory teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	@Autowired
	PlatformTransactionManager transactionManager;

	UUID woo;

	UUID twente;

	@BeforeEach
	void findWerkplaatsen() {
		this.woo = idOf("werkplaats-online-ondernemen");
		this.twente = idOf("digitale-werkplaats-twente");
	}

	@Test
	void bearerTokensAreDecodedOncePerToken(@Autowired org.springframework.security.oauth2.jwt.JwtDecoder decoder) {
		assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
	}

	@Test
	void requestsReadTheirBearerTokenAndHeadersWithoutRegularExpressionsAndPublishNoSuccessEvent(
			@Autowired org.springframework.security.oauth2.server.resource.web.BearerTokenResolver tokens,
			@Autowired org.springframework.security.web.firewall.HttpFirewall firewall,
			@Autowired org.springframework.security.authentication.AuthenticationEventPublisher events) {
		assertThat(tokens).isInstanceOf(BearerHeader.class);
		assertThat(firewall).isInstanceOf(org.springframework.security.web.firewall.StrictHttpFirewall.class);
		assertThat(events).isInstanceOf(FailedAuthenticationEvents.class);
	}

	@Test
	void actingForAWerkplaatsOutsideATransactionWritesItsRowsInATransactionOfItsOwn() {
		String subject = "tenancy-" + UUID.randomUUID();

		TeamMember saved = Tenancy.callAs(networkCoordinator(),
				() -> this.tenancy.actFor(this.twente, "digitale-werkplaats-twente", Permission.ADMINISTER,
						() -> this.teams.addMember(this.twente, "digitale-werkplaats-twente", subject, TeamRole.EXPERT,
								"Ans Test", null, null)));

		assertThat(saved.werkplaatsId()).isEqualTo(this.twente);
		assertThat(werkplaatsOfMember(subject)).isEqualTo(this.twente);
	}

	@Test
	void actingForAnotherWerkplaatsInsideATransactionStaysInThatOneTransaction() {
		String subject = "tenancy-" + UUID.randomUUID();
		UUID wooMember = aMemberOf(this.woo);
		UUID twenteMember = aMemberOf(this.twente);
		List<Object> seen = Tenancy.callAs(wooAdminWhoIsAlsoNetworkCoordinator(),
				() -> transaction().execute((status) -> {
					long outer = transactionId();
					String outerSetting = setting();
					boolean outerSeesWoo = this.teams.findOwnTeamMember(wooMember).isPresent();
					List<Object> inner = this.tenancy.actFor(this.twente, "digitale-werkplaats-twente",
							Permission.ADMINISTER, () -> {
								TeamMember added = this.teams.addMember(this.twente, "digitale-werkplaats-twente",
										subject, TeamRole.EXPERT, "Ans Test", null, null);
								// The unit of work's session is Twente's: it finds
								// Twente's
								// members, the new one too, and not WOO's.
								return List.of(transactionId(), setting(),
										this.teams.findOwnTeamMember(twenteMember).isPresent(),
										this.teams.findOwnTeamMember(wooMember).isPresent(),
										this.teams.findOwnTeamMember(added.id()).isPresent());
							});
					return List.of(outer, outerSetting, inner, setting(), Actor.current().werkplaatsId().orElseThrow(),
							outerSeesWoo, this.teams.findOwnTeamMember(twenteMember).isPresent());
				}));

		@SuppressWarnings("unchecked")
		List<Object> inner = (List<Object>) seen.get(2);
		assertThat(inner.get(0)).as("one database transaction").isEqualTo(seen.get(0));
		assertThat(seen.get(1)).isEqualTo(this.woo.toString());
		assertThat(inner.subList(1, 5)).containsExactly(this.twente.toString(), true, false, true);
		assertThat(seen.get(3)).as("told back afterwards").isEqualTo(this.woo.toString());
		assertThat(seen.get(4)).isEqualTo(this.woo);
		assertThat(seen.subList(5, 7)).as("the outer session stays WOO's").containsExactly(true, false);
		assertThat(werkplaatsOfMember(subject)).isEqualTo(this.twente);
	}

	@Test
	void aNationalReadInsideATransactionSeesEveryWerkplaatsRowLevelSecurityShows() {
		UUID wooMember = aMemberOf(this.woo);
		UUID twenteMember = aMemberOf(this.twente);
		List<Object> seen = Tenancy.callAs(wooAdminWhoIsAlsoNetworkCoordinator(),
				() -> transaction().execute((status) -> {
					long outer = transactionId();
					boolean ownSeesTwente = this.teams.findOwnTeamMember(twenteMember).isPresent();
					List<Object> national = this.tenancy.readNationally(
							() -> List.of(transactionId(), this.teams.findOwnTeamMember(wooMember).isPresent(),
									this.teams.findOwnTeamMember(twenteMember).isPresent()));
					return List.of(outer, ownSeesTwente, national);
				}));

		assertThat(seen.get(1)).isEqualTo(false);
		assertThat(seen.get(2)).isEqualTo(List.of(seen.get(0), true, true));
	}

	@Test
	void unitsOfWorkNestAndEachEndsWhereItBegan() {
		List<Object> seen = Tenancy.callAs(networkCoordinator(), () -> this.tenancy.readNationally(
				() -> this.tenancy.readFor(this.woo, "werkplaats-online-ondernemen", Permission.COORDINATE, () -> {
					String inWoo = setting();
					String inTwente = this.tenancy.readFor(this.twente, "digitale-werkplaats-twente",
							Permission.COORDINATE, this::setting);
					return List.of(inWoo, inTwente, setting());
				})));

		assertThat(seen).containsExactly(this.woo.toString(), this.twente.toString(), this.woo.toString());
	}

	@Test
	void actingForTheWerkplaatsTheTransactionAlreadyWorksForReusesItsSession() {
		List<Object> managers = Tenancy.callAs(wooAdminWhoIsAlsoNetworkCoordinator(),
				() -> transaction().execute((status) -> List.of(currentEntityManager(),
						this.tenancy.actFor(this.woo, "werkplaats-online-ondernemen", Permission.ADMINISTER,
								this::currentEntityManager),
						this.tenancy.actFor(this.twente, "digitale-werkplaats-twente", Permission.ADMINISTER,
								this::currentEntityManager))));

		assertThat(managers.get(1)).isSameAs(managers.get(0));
		assertThat(managers.get(2)).isNotSameAs(managers.get(0));
	}

	private Object currentEntityManager() {
		return ((org.springframework.orm.jpa.EntityManagerHolder) org.springframework.transaction.support.TransactionSynchronizationManager
			.getResource(this.entityManagerFactory)).getEntityManager();
	}

	@Test
	void aFailureInsideAUnitOfWorkFailsTheWholeTransactionEvenWhenCaught() {
		String subject = "tenancy-" + UUID.randomUUID();

		assertThatExceptionOfType(UnexpectedRollbackException.class).isThrownBy(() -> Tenancy
			.runAs(wooAdminWhoIsAlsoNetworkCoordinator(), () -> transaction().executeWithoutResult((status) -> {
				try {
					this.tenancy.actFor(this.twente, "digitale-werkplaats-twente", Permission.ADMINISTER, () -> {
						this.teams.addMember(this.twente, "digitale-werkplaats-twente", subject, TeamRole.EXPERT,
								"Ans Test", null, null);
						throw new IllegalArgumentException("halfway");
					});
				}
				catch (IllegalArgumentException expected) {
					// swallowed on purpose: the transaction must still not commit
				}
			})));

		assertThat(werkplaatsOfMember(subject)).isNull();
	}

	@Test
	void withoutThePermissionNothingRuns() {
		Actor wooCoordinator = new Actor(Actor.Kind.PERSON, "woo-coordinator", Set.of(),
				new Actor.ActingWerkplaats(this.woo, "werkplaats-online-ondernemen", TeamRole.COORDINATOR));
		boolean[] ran = { false };

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Tenancy.runAs(wooCoordinator, () -> this.tenancy.actFor(this.twente,
					"digitale-werkplaats-twente", Permission.COORDINATE, () -> ran[0] = true)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Tenancy.runAs(wooCoordinator, () -> this.tenancy.actFor(this.woo,
					"werkplaats-online-ondernemen", Permission.ADMINISTER, () -> ran[0] = true)));
		assertThat(ran[0]).isFalse();
	}

	@Test
	void thePlatformsOwnPermissionIsRefusedToEveryAuthenticatedCaller() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Tenancy.runAs(networkCoordinator(), () -> this.tenancy.readFor(this.woo,
					"werkplaats-online-ondernemen", Permission.PLATFORM, () -> "read")));

		Actor acting = this.tenancy.readFor(this.woo, "werkplaats-online-ondernemen", Permission.PLATFORM,
				Actor::current);
		assertThat(acting.kind()).isEqualTo(Actor.Kind.SYSTEM);
		assertThat(acting.werkplaatsId()).contains(this.woo);
	}

	@Test
	void writingForAWerkplaatsInsideAReadOnlyTransactionIsRefused() {
		TransactionTemplate readOnly = transaction();
		readOnly.setReadOnly(true);

		assertThatIllegalStateException().isThrownBy(
				() -> Tenancy.runAs(networkCoordinator(), () -> readOnly.executeWithoutResult((status) -> this.tenancy
					.actFor(this.twente, "digitale-werkplaats-twente", Permission.ADMINISTER, () -> "write"))));
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(this.transactionManager);
	}

	private long transactionId() {
		return this.jdbc.sql("select txid_current()").query(Long.class).single();
	}

	private String setting() {
		return this.jdbc.sql("select current_setting('app.werkplaats', true)").query(String.class).single();
	}

	private UUID aMemberOf(UUID werkplaats) {
		return Tenancy.callAs(networkCoordinator(),
				() -> this.tenancy.readNationally(
						() -> this.jdbc.sql("select id from membership where werkplaats_id = :werkplaats limit 1")
							.param("werkplaats", werkplaats)
							.query(UUID.class)
							.single()));
	}

	private UUID idOf(String slug) {
		return this.jdbc.sql("select id from werkplaats where slug = :slug")
			.param("slug", slug)
			.query(UUID.class)
			.single();
	}

	private UUID werkplaatsOfMember(String subject) {
		return Tenancy.callAs(networkCoordinator(),
				() -> this.tenancy
					.readNationally(() -> this.jdbc.sql("select werkplaats_id from membership where subject = :subject")
						.param("subject", subject)
						.query(UUID.class)
						.optional()
						.orElse(null)));
	}

	private static Actor networkCoordinator() {
		return new Actor(Actor.Kind.PERSON, "network-coordinator", Set.of(NationalRole.NETWORK_COORDINATOR), null);
	}

	private Actor wooAdminWhoIsAlsoNetworkCoordinator() {
		return new Actor(Actor.Kind.PERSON, "network-coordinator", Set.of(NationalRole.NETWORK_COORDINATOR),
				new Actor.ActingWerkplaats(this.woo, "werkplaats-online-ondernemen", TeamRole.ADMIN));
	}

}
