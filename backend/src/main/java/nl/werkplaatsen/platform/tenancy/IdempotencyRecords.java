package nl.werkplaatsen.platform.tenancy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The kept answers of requests sent with an {@code Idempotency-Key}, in PostgreSQL so
 * every replica replays the same: claimed before the request runs (the primary key makes
 * one of two concurrent requests the first), completed with the answer, purged once
 * expired.
 */
@Component
class IdempotencyRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Claims the key for this request, or says what became of an earlier one. */
	Outcome claim(String caller, String key, byte[] fingerprint) {
		Timestamp now = Timestamp.from(this.clock.instant());
		// An expired record is as good as none.
		this.jdbc.sql("delete from idempotency_record where caller = :caller and key = :key and expires_at <= :now")
			.param("caller", caller)
			.param("key", key)
			.param("now", now)
			.update();
		int claimed = this.jdbc.sql("""
				insert into idempotency_record (caller, key, fingerprint, state, created_at, expires_at)
				values (:caller, :key, :fingerprint, 'IN_PROGRESS', :now, :expires) on conflict do nothing""")
			.param("caller", caller)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("now", now)
			.param("expires", Timestamp.from(this.clock.instant().plus(IdempotencyFilter.keptFor())))
			.update();
		if (claimed == 1) {
			return new Outcome.Claimed();
		}
		List<Outcome> found = this.jdbc.sql("""
				select fingerprint, state, status, content_type, body from idempotency_record
				where caller = :caller and key = :key""")
			.param("caller", caller)
			.param("key", key)
			.query((row, index) -> {
				Outcome outcome;
				if ("IN_PROGRESS".equals(row.getString("state"))) {
					outcome = new Outcome.InProgress();
				}
				else if (!Arrays.equals(row.getBytes("fingerprint"), fingerprint)) {
					outcome = new Outcome.OtherRequest();
				}
				else {
					outcome = new Outcome.Replay(row.getInt("status"), row.getString("content_type"),
							row.getBytes("body"));
				}
				return outcome;
			})
			.list();
		// Released between the insert and the read: the first request failed; this one
		// may run.
		return found.isEmpty() ? claim(caller, key, fingerprint) : found.getFirst();
	}

	/** Keeps the answer of a claimed request for replay. */
	void complete(String caller, String key, int status, @Nullable String contentType, byte[] body) {
		this.jdbc.sql("""
				update idempotency_record set state = 'DONE', status = :status, content_type = :contentType,
				  body = :body where caller = :caller and key = :key""")
			.param("status", status)
			.param("contentType", contentType)
			.param("body", body)
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	/** Gives up a claim: the request failed on our side, so a retry runs again. */
	void release(String caller, String key) {
		this.jdbc.sql("delete from idempotency_record where caller = :caller and key = :key and state = 'IN_PROGRESS'")
			.param("caller", caller)
			.param("key", key)
			.update();
	}

	/** Drops the answers kept longer than 24 hours: they hold personal data. */
	@Scheduled(cron = "${werkplaats.idempotency.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "idempotency-purge")
	void purgeExpired() {
		this.jdbc.sql("delete from idempotency_record where expires_at <= :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** What a claim found. */
	sealed interface Outcome {

		/** The key is this request's now: run it. */
		record Claimed() implements Outcome {
		}

		/** The same request ran before: its answer. */
		record Replay(int status, @Nullable String contentType, byte[] body) implements Outcome {
		}

		/** The key was used for another request. */
		record OtherRequest() implements Outcome {
		}

		/** The first request with this key is still running. */
		record InProgress() implements Outcome {
		}

	}

}
