package nl.werkplaatsen.traject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.werkplaatsen.WerkplaatsPlatformApplication;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the platform on one database: a scheduled job started on both at once
 * runs on one only (ShedLock) — the stale trajecten, the referral expiry and the
 * monitor's invitations.
 */
class ScheduledJobsRunOnceTests {

	@Test
	void theStaleTrajectJobRunsOnceAcrossTwoApplicationContexts() throws Exception {
		TestPostgres.Database database = TestPostgres.freshDatabase();
		try (ConfigurableApplicationContext first = replica(database);
				ConfigurableApplicationContext second = replica(database)) {
			List<StaleTrajecten> jobs = List.of(first.getBean(StaleTrajecten.class),
					second.getBean(StaleTrajecten.class));

			CompletableFuture
				.allOf(jobs.stream()
					.map((job) -> CompletableFuture.runAsync(job::flagStaleTrajecten))
					.toArray(CompletableFuture[]::new))
				.get();

			assertThat(runs(first, "stale-trajecten") + runs(second, "stale-trajecten")).isEqualTo(1);
			assertThat(locked(database, "stale-trajecten")).isOne();

			// The referral expiry, as its scheduler would start it on both replicas.
			CompletableFuture
				.allOf(java.util.stream.Stream.of(first, second)
					.map((replica) -> CompletableFuture.runAsync(scheduled(replica, "expireUnansweredReferrals")))
					.toArray(CompletableFuture[]::new))
				.get();

			assertThat(runs(first, "expiring-referrals") + runs(second, "expiring-referrals")).isEqualTo(1);
			assertThat(locked(database, "expiring-referrals")).isOne();

			// The monitor's invitations, likewise.
			CompletableFuture
				.allOf(java.util.stream.Stream.of(first, second)
					.map((replica) -> CompletableFuture.runAsync(scheduled(replica, "sendDueInvitations")))
					.toArray(CompletableFuture[]::new))
				.get();

			assertThat(runs(first, "monitor-invitations") + runs(second, "monitor-invitations")).isEqualTo(1);
			assertThat(locked(database, "monitor-invitations")).isOne();
		}
	}

	/** The scheduled task that calls the named method, as the scheduler runs it. */
	private static Runnable scheduled(ConfigurableApplicationContext context, String method) {
		return context.getBean(org.springframework.scheduling.config.ScheduledTaskHolder.class)
			.getScheduledTasks()
			.stream()
			.map((task) -> task.getTask().getRunnable())
			.filter((runnable) -> runnable.toString().endsWith("." + method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No scheduled task calls " + method));
	}

	private static int locked(TestPostgres.Database database, String job) throws java.sql.SQLException {
		try (Connection owner = database.connectAsOwner();
				Statement sql = owner.createStatement();
				ResultSet lock = sql
					.executeQuery("select count(*) from shedlock where name = '" + job + "' and lock_until > now()")) {
			lock.next();
			return lock.getInt(1);
		}
	}

	private static double runs(ConfigurableApplicationContext context, String job) {
		Counter counter = context.getBean(MeterRegistry.class).find("werkplaats.jobs.runs").tag("job", job).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static ConfigurableApplicationContext replica(TestPostgres.Database database) {
		return new SpringApplicationBuilder(WerkplaatsPlatformApplication.class).run(
				"--spring.main.web-application-type=none", "--werkplaats.traject.stale-check-cron=-",
				// Registered with the scheduler, but due only on 29 February: the test
				// starts it.
				"--werkplaats.referral.expiry-check-cron=0 0 3 29 2 *", "--werkplaats.monitor.send-cron=0 0 3 29 2 *",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + TestPostgres.APP,
				"--spring.datasource.password=" + TestPostgres.APP, "--spring.liquibase.user=" + TestPostgres.OWNER,
				"--spring.liquibase.password=" + TestPostgres.OWNER);
	}

}
