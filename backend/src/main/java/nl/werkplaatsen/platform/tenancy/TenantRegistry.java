package nl.werkplaatsen.platform.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lookups that turn a token into an actor — a caller's memberships, a frontend
 * client's werkplaats — and the origins CORS admits, cached per replica. Each entry
 * remembers the tenancy generation it was read at; the database bumps the generation with
 * every change to what these read, every transaction learns the current one when it
 * begins, and an entry older than the newest generation seen is read again.
 */
@Component
class TenantRegistry {

	/**
	 * CORS answers browsers before any transaction tells this replica of a newer
	 * generation: their origins are read again at least this often.
	 */
	private static final Duration ORIGINS_AT_MOST = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Memberships memberships;

	private final TenancyGeneration generation;

	private final Cache<String, Generational<Caller>> callers = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Cache<String, Generational<Optional<Actor.ActingWerkplaats>>> clients = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Cache<Boolean, Generational<List<String>>> origins = Caffeine.newBuilder()
		.expireAfterWrite(ORIGINS_AT_MOST)
		.build();

	TenantRegistry(JdbcClient jdbc, PlatformTransactionManager transactionManager, Memberships memberships,
			TenancyGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
		this.memberships = memberships;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Notes the generation a transaction found, which outdates older entries. */
	void generationSeen(long generation) {
		this.generation.seen(generation);
	}

	/** A subject's memberships in active werkplaatsen, from the cache if current. */
	Generational<Caller> callerOf(String subject) {
		return cached(this.callers, subject, () -> readCaller(subject));
	}

	/**
	 * A subject's memberships read in the open transaction, which told the database at
	 * this generation; the cache keeps them.
	 */
	Caller callerNow(String subject, long generation) {
		Caller caller = readCaller(subject);
		this.callers.put(subject, new Generational<>(caller, generation));
		return caller;
	}

	/** The active werkplaats a frontend client is bound to, from the cache if current. */
	Generational<Optional<Actor.ActingWerkplaats>> werkplaatsOfClient(String clientId) {
		return cached(this.clients, clientId, () -> readClient(clientId));
	}

	/**
	 * A frontend client's werkplaats read in the open transaction; see
	 * {@link #callerNow}.
	 */
	Optional<Actor.ActingWerkplaats> werkplaatsOfClientNow(String clientId, long generation) {
		Optional<Actor.ActingWerkplaats> bound = readClient(clientId);
		this.clients.put(clientId, new Generational<>(bound, generation));
		return bound;
	}

	/** The websites and custom domains of active werkplaatsen, as origins. */
	List<String> allowedOrigins() {
		return cached(this.origins, Boolean.TRUE, () -> this.jdbc.sql("""
				select website, custom_domain from werkplaats
				where status = 'ACTIVE' and (website is not null or custom_domain is not null)""")
			.query((row, number) -> WebOrigins.ofWerkplaats(row.getString("website"), row.getString("custom_domain")))
			.list()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.toList()).value();
	}

	private <K, V> Generational<V> cached(Cache<K, Generational<V>> cache, K key, Supplier<V> read) {
		Generational<V> entry = cache.getIfPresent(key);
		if (entry != null && entry.generation() >= this.generation.newest()) {
			return entry;
		}
		// The generation first: what is read after it is at least as new, so an entry is
		// never older than the generation it carries.
		Generational<V> fresh = this.readOnly.execute((status) -> {
			long generation = this.jdbc.sql("select generation from tenancy_generation").query(Long.class).single();
			return new Generational<>(read.get(), generation);
		});
		generationSeen(fresh.generation());
		cache.put(key, fresh);
		return fresh;
	}

	private Caller readCaller(String subject) {
		List<Actor.ActingWerkplaats> active = this.memberships.activeMembershipsOf(subject);
		return new Caller(active, active.isEmpty() && this.memberships.hasPendingInvitation(subject));
	}

	private Optional<Actor.ActingWerkplaats> readClient(String clientId) {
		return this.jdbc.sql("""
				select w.id, w.slug from frontend_client c join werkplaats w on w.id = c.werkplaats_id
				where c.client_id = :clientId and c.enabled and w.status = 'ACTIVE'""")
			.param("clientId", clientId)
			.query((rs, row) -> new Actor.ActingWerkplaats(rs.getObject("id", UUID.class), rs.getString("slug"), null))
			.optional();
	}

	/**
	 * A value and the tenancy generation it is current for.
	 *
	 * @param <V> the value's type
	 * @param value what was read
	 * @param generation the generation it was read at
	 */
	record Generational<V>(V value, long generation) {
	}

	/**
	 * What resolving a person needs.
	 *
	 * @param memberships their memberships in active werkplaatsen, by slug
	 * @param pendingInvitation whether, without memberships, they have an invitation to
	 * accept
	 */
	record Caller(List<Actor.ActingWerkplaats> memberships, boolean pendingInvitation) {
	}

}
