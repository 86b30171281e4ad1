package nl.werkplaatsen.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of referrals at the receiving werkplaats, without any personal data or
 * notes: the received intake's status and its traject's status and dates, read across the
 * border by the {@code referral_outcome} function, which shows them to the referral's two
 * werkplaatsen only.
 */
@Component
class ReferralOutcomes {

	private final JdbcClient jdbc;

	ReferralOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The outcome of each referral, by referral, in one statement. */
	@Transactional(readOnly = true)
	Map<Referral, Outcome> of(Collection<Referral> referrals) {
		Map<UUID, Outcome> byId = new HashMap<>();
		// Asked for every referral of the page, answered or not, so the page costs one
		// statement whatever it holds.
		UUID[] ids = referrals.stream().map(Referral::getId).toArray(UUID[]::new);
		if (ids.length > 0) {
			this.jdbc.sql("select * from referral_outcome(:ids)").param("ids", ids).query((row) -> {
				Timestamp completed = row.getTimestamp("completed_at");
				byId.put(row.getObject("referral_id", UUID.class), new Outcome(row.getString("intake_status"),
						row.getString("traject_status"), row.getObject("planned_start", LocalDate.class),
						row.getObject("started_on", LocalDate.class), row.getObject("delivered_on", LocalDate.class),
						(completed != null) ? completed.toInstant() : null, null));
			});
		}
		Map<Referral, Outcome> outcomes = new HashMap<>();
		for (Referral referral : referrals) {
			outcomes.put(referral, byId.getOrDefault(referral.getId(), Outcome.NONE)
				.withInitiativeOutcome(referral.getInitiativeOutcome()));
		}
		return outcomes;
	}

	/**
	 * A referral's outcome at the receiver.
	 *
	 * @param intakeStatus the received intake's status; null until accepted
	 * @param trajectStatus its traject's status; null until there is one
	 * @param trajectPlannedStart the traject's planned start
	 * @param trajectStartedOn when the traject started
	 * @param trajectDeliveredOn when the traject delivered
	 * @param trajectCompletedAt when the traject completed
	 * @param initiativeOutcome for a referral to an initiative, what the sender recorded
	 */
	record Outcome(@Nullable String intakeStatus, @Nullable String trajectStatus,
			@Nullable LocalDate trajectPlannedStart, @Nullable LocalDate trajectStartedOn,
			@Nullable LocalDate trajectDeliveredOn, @Nullable Instant trajectCompletedAt,
			@Nullable InitiativeOutcome initiativeOutcome) {

		static final Outcome NONE = new Outcome(null, null, null, null, null, null, null);

		Outcome withInitiativeOutcome(@Nullable InitiativeOutcome outcome) {
			return new Outcome(this.intakeStatus, this.trajectStatus, this.trajectPlannedStart, this.trajectStartedOn,
					this.trajectDeliveredOn, this.trajectCompletedAt, outcome);
		}

	}

}
