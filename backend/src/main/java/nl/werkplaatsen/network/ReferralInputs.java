package nl.werkplaatsen.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.organisation.ConsentChannel;
import nl.werkplaatsen.platform.graphql.UserError;

/**
 * The GraphQL inputs and payloads of referrals, as records.
 */
final class ReferralInputs {

	private ReferralInputs() {
	}

	record ReferralCreateInput(String intakeId, @Nullable String toWerkplaatsId, @Nullable String toInitiativeId,
			@Nullable String note, @Nullable ReferralConsentInput consent) {
	}

	record ReferralConsentInput(boolean given, @Nullable ConsentChannel how) {
	}

	record ReferralAcceptInput(String id, @Nullable Integer expectedVersion) {
	}

	record ReferralDeclineInput(String id, @Nullable String reason, @Nullable Integer expectedVersion) {
	}

	record ReferralWithdrawInput(String id, @Nullable Integer expectedVersion) {
	}

	record ReferralOutcomeRecordInput(String id, @Nullable InitiativeOutcome outcome,
			@Nullable Integer expectedVersion) {
	}

	record ReferralPayload(@Nullable Referral referral, List<UserError> userErrors) {

		static ReferralPayload of(Referral referral) {
			return new ReferralPayload(referral, List.of());
		}

		static ReferralPayload rejected(List<UserError> errors) {
			return new ReferralPayload(null, errors);
		}

	}

	/** Which referrals a werkplaats lists: those it received, or those it sent. */
	enum ReferralDirection {

		INCOMING, OUTGOING

	}

	record ReferralPeriod(java.time.LocalDate from, java.time.LocalDate to) {
	}

}
