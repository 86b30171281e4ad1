package nl.werkplaatsen.intake;

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
 * Retention of intake contacts: once every intake of a contact has been closed for
 * {@code werkplaats.retention.closed-intake-contacts} (two years by default), the
 * contact's details are erased, nightly, once across replicas; the intakes stay for the
 * KPIs.
 */
@Component
class ContactRetention {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period keptFor;

	ContactRetention(JdbcClient jdbc, Clock clock,
			@Value("${werkplaats.retention.closed-intake-contacts:P2Y}") Period keptFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keptFor = keptFor;
	}

	/** Erases the contacts past their term, nightly. */
	@Scheduled(cron = "${werkplaats.retention.cron:0 41 2 * * *}")
	@SchedulerLock(name = "contact-retention")
	void eraseNightly() {
		eraseExpiredContacts();
	}

	/** One statement: it erases all or nothing. */
	int eraseExpiredContacts() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().atZone(AMSTERDAM).minus(this.keptFor).toInstant());
		return this.jdbc.sql("select intake_erase_expired_contacts(:cutoff)")
			.param("cutoff", cutoff)
			.query(Integer.class)
			.single();
	}

}
