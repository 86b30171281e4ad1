package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.RateLimits;
import nl.werkplaatsen.platform.tenancy.SubmissionBudget;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * The one policy for public forms — intakes, event registrations, the monitor's surveys
 * next — applied in one order: who may submit for the werkplaats (anybody anonymously,
 * its own frontend client, its admins and coordinators), the rate limit for anonymous
 * callers, then the honeypot; consent is checked with the form's other fields.
 *
 * <p>
 * The rate limit is a token bucket per client address (IPv6 by /64)
 * ({@code werkplaats.public-submissions-per-minute}, 20 by default), held in PostgreSQL
 * so it is one limit across replicas ({@link RateLimits}).
 */
@Component
public class PublicSubmissions {

	private final SubmissionBudget budget;

	PublicSubmissions(SubmissionBudget budget) {
		this.budget = budget;
	}

	/**
	 * Admits a submission for the werkplaats from the current caller, or says why not.
	 * @param werkplaatsId the werkplaats the form submits to
	 * @param clientAddress the caller's address, for the rate limit
	 * @param honeypot the form's invisible field, which only bots fill in
	 * @param refusal what a caller who may not submit here is told
	 * @throws AccessDeniedException for a caller who may not submit for this werkplaats
	 */
	public Admission admit(UUID werkplaatsId, String clientAddress, @Nullable String honeypot, String refusal) {
		Actor actor = Actor.current();
		Submitter submitter;
		if (!actor.isAuthenticated() || actor.isFrontendClientOf(werkplaatsId)) {
			submitter = Submitter.PUBLIC;
		}
		else if (actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN, TeamRole.COORDINATOR)) {
			submitter = Submitter.STAFF;
		}
		else {
			throw new AccessDeniedException(refusal);
		}
		if (!actor.isAuthenticated() && !this.budget.admitPublicSubmission(clientAddress)) {
			return new Admission.Refused(new UserErrors()
				.addGeneral(UserErrorCode.RATE_LIMITED,
						"Too many submissions from your address; try again in a minute.")
				.list());
		}
		if (honeypot != null && !honeypot.isBlank()) {
			// Invisible to people; only bots fill it. They get what looks like success.
			return new Admission.Trapped();
		}
		return new Admission.Admitted(submitter);
	}

	/**
	 * Adds {@code CONSENT_REQUIRED} on the {@code consent} field unless it was given,
	 * saying what the consent is for.
	 */
	public static void requireConsent(UserErrors errors, boolean consent, String withoutConsent) {
		if (!consent) {
			errors.add(UserErrorCode.CONSENT_REQUIRED, "consent", withoutConsent);
		}
	}

	/**
	 * Who submits: the public (anonymously or through the werkplaats's site) or its
	 * staff.
	 */
	public enum Submitter {

		/**
		 * Anybody, anonymously, or the werkplaats's own frontend client on their behalf.
		 */
		PUBLIC,

		/** The werkplaats's admins and coordinators, on someone's behalf. */
		STAFF

	}

	/** What became of a submission at the door. */
	public sealed interface Admission {

		/**
		 * Let in: validate and store.
		 *
		 * @param submitter who submits
		 */
		record Admitted(Submitter submitter) implements Admission {
		}

		/**
		 * Turned away with these errors; nothing is stored.
		 *
		 * @param userErrors why
		 */
		record Refused(List<UserError> userErrors) implements Admission {
		}

		/** Caught by the honeypot: answer as if it succeeded, store nothing. */
		record Trapped() implements Admission {
		}

	}

}
