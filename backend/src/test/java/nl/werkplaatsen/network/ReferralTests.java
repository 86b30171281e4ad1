package nl.werkplaatsen.network;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral's state machine and the referral map's median, as plain rules.
 */
class ReferralTests {

	private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

	private final UUID woo = UUID.randomUUID();

	private final UUID twente = UUID.randomUUID();

	@Test
	void aSentReferralIsAnsweredOnceAndAnnouncesEachStep() {
		Referral referral = referral();
		assertThat(referral.pendingEvents()).singleElement().isInstanceOf(ReferralSent.class);

		UUID received = UUID.randomUUID();
		referral.accept(received, SENT.plusSeconds(3600));

		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(referral.getReceivedIntakeId()).isEqualTo(received);
		assertThat(referral.getAnsweredAt()).isEqualTo(SENT.plusSeconds(3600));
		assertThat(referral.pendingEvents()).last()
			.isEqualTo(new ReferralAnswered(referral.getId(), ReferralStatus.ACCEPTED, this.woo, this.twente,
					referral.getIntakeId()));
		assertThatThrownBy(() -> referral.decline("te laat", SENT)).isInstanceOf(IllegalReferralTransition.class);
		assertThatThrownBy(() -> referral.withdraw(SENT)).isInstanceOf(IllegalReferralTransition.class);
	}

	@Test
	void aWerkplaatsDoesNotReferToItself() {
		assertThatThrownBy(() -> Referral.toWerkplaats(this.woo, this.woo, UUID.randomUUID(), UUID.randomUUID(), "?",
				null, "subject", SENT))
			.isInstanceOf(IllegalReferralTransition.class);
	}

	@Test
	void onlyAnUnansweredReferralToAWerkplaatsExpiresAndOnlyAfterItsTime() {
		Referral referral = referral();
		Duration fortnight = Duration.ofDays(14);

		assertThat(referral.expireIfUnanswered(fortnight, SENT.plus(fortnight).minusSeconds(1))).isFalse();
		assertThat(referral.expireIfUnanswered(fortnight, SENT.plus(fortnight))).isTrue();
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.EXPIRED);
		assertThat(referral.expireIfUnanswered(fortnight, SENT.plus(fortnight))).isFalse();

		Referral toInitiative = Referral.toInitiative(this.woo, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"?", null, "subject", SENT);
		assertThat(toInitiative.expireIfUnanswered(fortnight, SENT.plus(Duration.ofDays(100)))).isFalse();
	}

	@Test
	void onlyAReferralToAnInitiativeTakesAnOutcomeFromTheSender() {
		Referral toInitiative = Referral.toInitiative(this.woo, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"?", null, "subject", SENT);
		toInitiative.recordInitiativeOutcome(InitiativeOutcome.CONFIRMED, SENT.plusSeconds(60));
		assertThat(toInitiative.getInitiativeOutcome()).isEqualTo(InitiativeOutcome.CONFIRMED);
		assertThat(toInitiative.getAnsweredAt()).isEqualTo(SENT.plusSeconds(60));
		assertThatThrownBy(() -> toInitiative.accept(UUID.randomUUID(), SENT))
			.isInstanceOf(IllegalReferralTransition.class);

		assertThatThrownBy(() -> referral().recordInitiativeOutcome(InitiativeOutcome.UNKNOWN, SENT))
			.isInstanceOf(IllegalReferralTransition.class);
	}

	@Test
	void theMedianTimeToAnswerIsExactAndRoundedHalfUpToATenthOfAnHour() {
		long hour = 3_600_000;
		assertThat(ReferralFlows.medianHours(new long[0])).isNull();
		assertThat(ReferralFlows.medianHours(new long[] { 5 * hour })).isEqualByComparingTo("5.0");
		// Odd count: the middle one, whatever the order.
		assertThat(ReferralFlows.medianHours(new long[] { 9 * hour, hour, 2 * hour })).isEqualByComparingTo("2.0");
		// Even count: the mean of the middle two; 1.25 hours rounds half up to 1.3.
		assertThat(ReferralFlows.medianHours(new long[] { hour, hour + hour / 2, 100 * hour, 0 }))
			.isEqualByComparingTo("1.3");
		// Exactly halfway rounds up, where banker's rounding would go to the even digit.
		assertThat(ReferralFlows.medianHours(new long[] { hour / 4 })).isEqualByComparingTo(new BigDecimal("0.3"));
		assertThat(ReferralFlows.medianHours(new long[] { hour / 20 })).isEqualByComparingTo(new BigDecimal("0.1"));
	}

	private Referral referral() {
		return Referral.toWerkplaats(this.woo, this.twente, UUID.randomUUID(), UUID.randomUUID(),
				"Hoe zet ik mijn voorraad online?", "Past beter bij jullie", "subject", SENT);
	}

}
