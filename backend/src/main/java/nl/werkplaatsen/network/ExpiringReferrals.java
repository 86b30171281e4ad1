package nl.werkplaatsen.network;

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
 * Expires referrals nobody answered within {@code werkplaats.referral.expire-after} (14
 * days by default), every hour, once across all replicas (ShedLock). Each sending
 * werkplaats is handled in its own transaction acting for it, so row-level security
 * holds; the sender is told, and its intake returns into review, in reaction.
 */
@Component
class ExpiringReferrals {

	private static final Logger logger = LoggerFactory.getLogger(ExpiringReferrals.class);

	private final ReferralRepository referrals;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Duration expireAfter;

	ExpiringReferrals(ReferralRepository referrals, WerkplaatsDirectory werkplaatsen, Tenancy tenancy,
			MeterRegistry meters, Clock clock, @Value("${werkplaats.referral.expire-after:14d}") Duration expireAfter) {
		this.referrals = referrals;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
		this.meters = meters;
		this.clock = clock;
		this.expireAfter = expireAfter;
	}

	@Scheduled(cron = "${werkplaats.referral.expiry-check-cron:0 23 * * * *}")
	@SchedulerLock(name = "expiring-referrals", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void expireUnansweredReferrals() {
		expireNow();
	}

	/** Expires what is due now; returns how many. */
	int expireNow() {
		Instant now = this.clock.instant();
		int expired = 0;
		for (WerkplaatsCard werkplaats : this.werkplaatsen.allActive()) {
			expired += this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Permission.PLATFORM,
					() -> (int) this.referrals.findUnansweredSince(werkplaats.id(), now.minus(this.expireAfter))
						.stream()
						.filter((referral) -> referral.expireIfUnanswered(this.expireAfter, now))
						.map(this.referrals::save)
						.count());
		}
		this.meters.counter("werkplaats.jobs.runs", "job", "expiring-referrals").increment();
		logger.info("Expired {} unanswered referrals", expired);
		return expired;
	}

}
