package nl.werkplaatsen.platform.tenancy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's rate limits, held in PostgreSQL through Bucket4j so every replica draws
 * from the same buckets: per client address for anonymous callers (IPv6 by its /64, so
 * rotating addresses within one network does not walk around it), per person and per
 * frontend client for authenticated callers, each with a budget of its own, and a
 * stricter one for anonymous public-form submissions. One caller's flood empties only
 * that caller's bucket.
 */
@Component
public class RateLimits implements SubmissionBudget {

	private static final long UNSETTLED_SHARE = 50;

	private static final Duration UNSETTLED_AT_MOST = Duration.ofSeconds(1);

	private final ProxyManager<String> buckets;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> cleaner;

	private final boolean enabled;

	private final BucketConfiguration anonymous;

	private final BucketConfiguration person;

	private final BucketConfiguration client;

	private final BucketConfiguration submissions;

	/**
	 * Each caller's bucket with its local state: a bucket with a budget large enough
	 * takes up to a fiftieth of it, for at most a second, before it settles with the
	 * shared one, so a busy caller's requests do not each wait for a database round trip
	 * (replicas together may let through that fiftieth more each; smaller budgets are
	 * exact).
	 */
	private final Cache<String, Bucket> local = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	RateLimits(DataSource dataSource, @Value("${werkplaats.rate-limits.enabled:true}") boolean enabled,
			@Value("${werkplaats.rate-limits.anonymous-per-minute:300}") int anonymousPerMinute,
			@Value("${werkplaats.rate-limits.person-per-minute:600}") int personPerMinute,
			@Value("${werkplaats.rate-limits.client-per-minute:3000}") int clientPerMinute,
			@Value("${werkplaats.public-submissions-per-minute:20}") int submissionsPerMinute) {
		this.cleaner = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.buckets = this.cleaner;
		this.enabled = enabled;
		this.anonymous = perMinute(anonymousPerMinute);
		this.person = perMinute(personPerMinute);
		this.client = perMinute(clientPerMinute);
		this.submissions = perMinute(submissionsPerMinute);
	}

	private static BucketConfiguration perMinute(int tokens) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(tokens).refillIntervally(tokens, Duration.ofMinutes(1)).build())
			.build();
	}

	/**
	 * Takes one request from the caller's budget: the actor's (a person, a client), or
	 * the client address's for anonymous callers.
	 */
	Verdict admitRequest(Actor actor, String clientAddress) {
		if (!this.enabled) {
			return Verdict.ADMITTED;
		}
		if (actor.isAuthenticated() && actor.subject() != null) {
			boolean client = actor.kind() == Actor.Kind.FRONTEND_CLIENT;
			return take((client ? "client:" : "person:") + actor.subject(), client ? this.client : this.person);
		}
		return take("address:" + addressKey(clientAddress), this.anonymous);
	}

	/**
	 * Takes one anonymous public-form submission from the client address's budget
	 * ({@code werkplaats.public-submissions-per-minute}).
	 */
	@Override
	public boolean admitPublicSubmission(String clientAddress) {
		return take("submission:" + addressKey(clientAddress), this.submissions).admitted();
	}

	private Verdict take(String key, BucketConfiguration configuration) {
		ConsumptionProbe probe;
		try {
			probe = this.local.get(key, (unused) -> bucket(key, configuration)).tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			// A bucket dropped from the table while this replica still held it (full
			// buckets are purged hourly) is not stored any more, which settling reports
			// rather than mends: once more, on a fresh bucket, which stores it again.
			this.local.invalidate(key);
			probe = this.local.get(key, (unused) -> bucket(key, configuration)).tryConsumeAndReturnRemaining(1);
		}
		if (probe.isConsumed()) {
			return Verdict.ADMITTED;
		}
		return new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket bucket(String key, BucketConfiguration configuration) {
		long unsettled = configuration.getBandwidths()[0].getCapacity() / UNSETTLED_SHARE;
		if (unsettled == 0) {
			return this.buckets.builder().build(key, () -> configuration);
		}
		// Stored first, once (the cache loads a key once): the settling optimization
		// expects the bucket to exist.
		this.buckets.builder().build(key, () -> configuration).getAvailableTokens();
		return this.buckets.builder()
			.withOptimization(Optimizations.delaying(new DelayParameters(unsettled, UNSETTLED_AT_MOST)))
			.build(key, () -> configuration);
	}

	/**
	 * The key of a client address: an IPv4 address as it is, an IPv6 address by its /64
	 * network (what one household or server gets).
	 */
	static String addressKey(String address) {
		try {
			byte[] bytes = InetAddress.ofLiteral(address).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (IllegalArgumentException | UnknownHostException ex) {
			// Not an address literal (e.g. a test's or a proxy's placeholder): as given.
			return address;
		}
	}

	/** Drops the buckets that have filled up again: they hold nothing worth keeping. */
	@Scheduled(cron = "${werkplaats.rate-limits.purge-cron:0 23 * * * *}")
	@SchedulerLock(name = "rate-limit-purge")
	void purgeFullBuckets() {
		while (this.cleaner.removeExpired(1000) == 1000) {
			// Again, until a batch comes back short.
		}
	}

	/**
	 * Whether a request may run, and when to retry when not.
	 *
	 * @param admitted whether it may run
	 * @param retryAfter how long until the bucket has a token again
	 */
	record Verdict(boolean admitted, Duration retryAfter) {

		static final Verdict ADMITTED = new Verdict(true, Duration.ZERO);

	}

}
