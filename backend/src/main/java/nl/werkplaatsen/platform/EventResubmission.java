package nl.werkplaatsen.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries events whose listener failed (an email the SMTP server refused, say): every
 * minute, once across replicas, for publications older than
 * {@code werkplaats.events.resubmit-after} (one minute).
 */
@Component
class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration resubmitAfter;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${werkplaats.events.resubmit-after:1m}") Duration resubmitAfter) {
		this.incomplete = incomplete;
		this.resubmitAfter = resubmitAfter;
	}

	@Scheduled(fixedDelayString = "${werkplaats.events.resubmit-interval:1m}")
	@SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT5M")
	void resubmitFailedEvents() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.resubmitAfter);
	}

}
