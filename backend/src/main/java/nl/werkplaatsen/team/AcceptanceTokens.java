package nl.werkplaatsen.team;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.LinkTokens;
import nl.werkplaatsen.platform.audit.AuditAction;
import nl.werkplaatsen.platform.audit.AuditLog;

/**
 * The tokens that accept a pending membership: random, mailed to the invited address,
 * stored only as their SHA-256 hash, and redeemed in SQL by the account they were meant
 * for ({@code team_accept_invitation}).
 */
@Component
class AcceptanceTokens {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	AcceptanceTokens(JdbcClient jdbc, Clock clock, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.auditLog = auditLog;
	}

	/** Redeems the token as the current actor (the transaction's subject). */
	@Transactional
	Outcome accept(String token) {
		Outcome outcome = this.jdbc
			.sql("select outcome, membership_id, werkplaats_id from team_accept_invitation(:hash, :now)")
			.param("hash", LinkTokens.hash(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.query((row, index) -> new Outcome(row.getString(1), row.getObject(2, UUID.class),
					row.getObject(3, UUID.class)))
			.single();
		if ("ACCEPTED".equals(outcome.result()) && outcome.membershipId() != null && outcome.werkplaatsId() != null) {
			// A change of permissions: in the werkplaats's log, by the invitee.
			this.auditLog.recordChange("TeamMember", java.util.Map.of(outcome.membershipId(), outcome.werkplaatsId()),
					AuditAction.UPDATED, java.util.List.of("acceptedAt"));
		}
		return outcome;
	}

	/**
	 * What redeeming a token did.
	 *
	 * @param result ACCEPTED, EXPIRED or INVALID (unknown, used, or another account's)
	 * @param membershipId the membership, when the token was the caller's
	 * @param werkplaatsId its werkplaats
	 */
	record Outcome(String result, @Nullable UUID membershipId, @Nullable UUID werkplaatsId) {
	}

}
