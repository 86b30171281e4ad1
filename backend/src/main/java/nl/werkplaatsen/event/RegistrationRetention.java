package nl.werkplaatsen.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention of event registrations: once an event started longer ago than
 * {@code werkplaats.retention.past-event-registrations} (one year by default), its
 * registrations lose the person's details, nightly, once across replicas; attendance
 * stays for the KPIs.
 */
@Component
class RegistrationRetention {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period keptFor;

	RegistrationRetention(JdbcClient jdbc, Clock clock,
			@Value("${werkplaats.retention.past-event-registrations:P1Y}") Period keptFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keptFor = keptFor;
	}

	/** Erases the registrations past their term, nightly. */
	@Scheduled(cron = "${werkplaats.retention.cron:0 41 2 * * *}")
	@SchedulerLock(name = "registration-retention")
	void eraseNightly() {
		erasePastRegistrations();
	}

	/** One statement: it erases all or nothing. */
	int erasePastRegistrations() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().atZone(AMSTERDAM).minus(this.keptFor).toInstant());
		return this.jdbc.sql("select event_erase_past_registrations(:cutoff)")
			.param("cutoff", cutoff)
			.query(Integer.class)
			.single();
	}

}
