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
 * runs on one only (ShedLock).
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

			assertThat(runs(first) + runs(second)).isEqualTo(1);
			try (Connection owner = database.connectAsOwner();
					Statement sql = owner.createStatement();
					ResultSet lock = sql.executeQuery(
							"select count(*) from shedlock where name = 'stale-trajecten' and lock_until > now()")) {
				lock.next();
				assertThat(lock.getInt(1)).isOne();
			}
		}
	}

	private static double runs(ConfigurableApplicationContext context) {
		Counter counter = context.getBean(MeterRegistry.class)
			.find("werkplaats.jobs.runs")
			.tag("job", "stale-trajecten")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static ConfigurableApplicationContext replica(TestPostgres.Database database) {
		return new SpringApplicationBuilder(WerkplaatsPlatformApplication.class).run(
				"--spring.main.web-application-type=none", "--werkplaats.traject.stale-check-cron=-",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + TestPostgres.APP,
				"--spring.datasource.password=" + TestPostgres.APP, "--spring.liquibase.user=" + TestPostgres.OWNER,
				"--spring.liquibase.password=" + TestPostgres.OWNER);
	}

}
