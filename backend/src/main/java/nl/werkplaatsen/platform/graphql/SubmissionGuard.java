package nl.werkplaatsen.platform.graphql;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limit for public, anonymous submissions (intakes, event registrations): a token
 * bucket per client address ({@code werkplaats.public-submissions-per-minute}, 20 by
 * default). The buckets live in a bounded cache per replica, so a flood of addresses
 * cannot exhaust memory.
 */
@Component
public class SubmissionGuard {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	private final int perMinute;

	SubmissionGuard(@Value("${werkplaats.public-submissions-per-minute:20}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** Whether one more submission from this address is allowed now. */
	public boolean tryAcquire(String clientAddress) {
		return this.buckets
			.get(clientAddress,
					(address) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.perMinute)
							.refillIntervally(this.perMinute, Duration.ofMinutes(1))
							.build())
						.build())
			.tryConsume(1);
	}

}
