package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import nl.werkplaatsen.platform.graphql.PublicSubmissions.Admission;
import nl.werkplaatsen.platform.graphql.PublicSubmissions.Submitter;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The policy of every public form, in its one order, without the application. */
class PublicSubmissionsTests {

	private static final UUID WERKPLAATS = UUID.randomUUID();

	// Two submissions a minute per address (the budget itself lives in PostgreSQL:
	// RateLimitTests).
	private final java.util.Map<String, Integer> used = new java.util.HashMap<>();

	private final PublicSubmissions policy = new PublicSubmissions(
			(address) -> this.used.merge(address, 1, Integer::sum) <= 2);

	@Test
	void admitsTheAnonymousPublicAndTheWerkplaatssOwnSiteAndStaff() {
		assertThat(admit(Actor.ANONYMOUS, "10.0.0.1", null)).isEqualTo(new Admission.Admitted(Submitter.PUBLIC));
		assertThat(admit(new Actor(Actor.Kind.FRONTEND_CLIENT, "site", Set.of(),
				new Actor.ActingWerkplaats(WERKPLAATS, "w", null)), "10.0.0.1", null))
			.isEqualTo(new Admission.Admitted(Submitter.PUBLIC));
		assertThat(admit(person(TeamRole.COORDINATOR, WERKPLAATS), "10.0.0.1", null))
			.isEqualTo(new Admission.Admitted(Submitter.STAFF));
	}

	@Test
	void refusesOtherWerkplaatsenStudentsAndNationalRolesOutright() {
		for (Actor refused : List.of(person(TeamRole.COORDINATOR, UUID.randomUUID()),
				person(TeamRole.STUDENT, WERKPLAATS),
				new Actor(Actor.Kind.PERSON, "nc", Set.of(NationalRole.NETWORK_COORDINATOR), null),
				new Actor(Actor.Kind.FRONTEND_CLIENT, "other-site", Set.of(),
						new Actor.ActingWerkplaats(UUID.randomUUID(), "other", null)))) {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> admit(refused, "10.0.0.2", null))
				.withMessage("Not for you");
		}
	}

	@Test
	void limitsAnonymousCallersPerAddressBeforeTheHoneypotButNeverStaff() {
		assertThat(admit(Actor.ANONYMOUS, "10.0.0.3", null)).isInstanceOf(Admission.Admitted.class);
		assertThat(admit(Actor.ANONYMOUS, "10.0.0.3", "http://spam.example")).isInstanceOf(Admission.Trapped.class);

		Admission third = admit(Actor.ANONYMOUS, "10.0.0.3", "http://spam.example");
		assertThat(third).isInstanceOfSatisfying(Admission.Refused.class,
				(refused) -> assertThat(refused.userErrors()).extracting(UserError::code)
					.containsExactly(UserErrorCode.RATE_LIMITED));
		assertThat(admit(Actor.ANONYMOUS, "10.0.0.4", null)).as("another address")
			.isInstanceOf(Admission.Admitted.class);
		for (int i = 0; i < 5; i++) {
			assertThat(admit(person(TeamRole.ADMIN, WERKPLAATS), "10.0.0.3", null))
				.isEqualTo(new Admission.Admitted(Submitter.STAFF));
		}
	}

	@Test
	void requiresConsentOnTheConsentField() {
		UserErrors errors = new UserErrors();
		PublicSubmissions.requireConsent(errors, true, "Zonder toestemming niet.");
		assertThat(errors.any()).isFalse();

		PublicSubmissions.requireConsent(errors, false, "Zonder toestemming niet.");
		assertThat(errors.list()).containsExactly(
				new UserError(UserErrorCode.CONSENT_REQUIRED, List.of("consent"), "Zonder toestemming niet."));
	}

	private Admission admit(Actor actor, String address, String honeypot) {
		return Tenancy.callAs(actor, () -> this.policy.admit(WERKPLAATS, address, honeypot, "Not for you"));
	}

	private static Actor person(TeamRole role, UUID werkplaats) {
		return new Actor(Actor.Kind.PERSON, "someone", Set.of(), new Actor.ActingWerkplaats(werkplaats, "w", role));
	}

}
