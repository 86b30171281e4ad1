package nl.werkplaatsen.traject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * Flags trajecten with no activity for {@code werkplaats.traject.stale-after} (21 days by
 * default) as stale, every hour, once across all replicas (ShedLock). Each werkplaats is
 * handled in its own transaction acting for it, so row-level security holds here too.
 */
@Component
class StaleTrajecten {

	private static final Logger logger = LoggerFactory.getLogger(StaleTrajecten.class);

	private final TrajectRepository trajecten;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Duration staleAfter;

	StaleTrajecten(TrajectRepository trajecten, WerkplaatsDirectory werkplaatsen, Tenancy tenancy, MeterRegistry meters,
			Clock clock, @Value("${werkplaats.traject.stale-after:21d}") Duration staleAfter) {
		this.trajecten = trajecten;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.meters = meters;
		this.clock = clock;
		this.staleAfter = staleAfter;
	}

	@Scheduled(cron = "${werkplaats.traject.stale-check-cron:0 17 * * * *}")
	@SchedulerLock(name = "stale-trajecten", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void flagStaleTrajecten() {
		Instant now = this.clock.instant();
		int flagged = 0;
		for (WerkplaatsCard werkplaats : this.werkplaatsen.allActive()) {
			flagged += this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> (int) this.trajecten.findOpenNotStaleWithoutActivitySince(now.minus(this.staleAfter))
						.stream()
						.filter((traject) -> traject.flagIfStale(this.staleAfter, now))
						.count());
		}
		this.meters.counter("werkplaats.jobs.runs", "job", "stale-trajecten").increment();
		logger.info("Flagged {} trajecten as stale", flagged);
	}

}
