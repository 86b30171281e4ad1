package nl.werkplaatsen.platform.tenancy;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The newest tenancy generation this replica has seen, and caches that it outdates: the
 * database bumps the generation in the same transaction as every change to memberships,
 * frontend clients' bindings and werkplaatsen, and every transaction learns it when it
 * begins.
 */
@Component
public class TenancyGeneration {

	private final AtomicLong newest = new AtomicLong();

	/** Notes the generation a transaction found, which outdates older entries. */
	void seen(long generation) {
		this.newest.accumulateAndGet(generation, Math::max);
	}

	/** The newest generation a transaction on this replica has found so far. */
	long newest() {
		return this.newest.get();
	}

	/**
	 * A cache, per replica, of values read from the tables whose changes bump the
	 * generation; values read by one caller are handed to any other, so they must be what
	 * every caller may see.
	 * @param <K> the key
	 * @param <V> the value, immutable
	 * @param maximumSize how many entries it keeps at most
	 * @return a new cache
	 */
	public <K, V> Cached<K, V> cache(long maximumSize) {
		return new Cached<>(this, maximumSize);
	}

	/**
	 * Values by key, each read again once a transaction on this replica has seen a newer
	 * generation than the one it was read at.
	 *
	 * @param <K> the key
	 * @param <V> the value
	 */
	public static final class Cached<K, V> {

		private final TenancyGeneration generation;

		private final Cache<K, Entry<V>> entries;

		private Cached(TenancyGeneration generation, long maximumSize) {
			this.generation = generation;
			this.entries = Caffeine.newBuilder()
				.maximumSize(maximumSize)
				.expireAfterAccess(Duration.ofHours(1))
				.build();
		}

		/**
		 * The values for these keys: current ones from the cache, the others read (in the
		 * caller's transaction) and kept. Keys {@code read} does not answer are left out
		 * and not remembered.
		 * @param keys the keys
		 * @param read reads the values of the keys it is given
		 * @return the values found, by key
		 */
		public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> read) {
			// Taken before reading: under read committed, a statement that starts after a
			// transaction saw this generation sees every change it counts, so what is
			// read
			// is at least this new.
			long current = this.generation.newest();
			Map<K, V> found = new HashMap<>(keys.size());
			Set<K> missing = new HashSet<>();
			for (K key : keys) {
				Entry<V> entry = this.entries.getIfPresent(key);
				if (entry != null && entry.generation() >= current) {
					found.put(key, entry.value());
				}
				else {
					missing.add(key);
				}
			}
			if (!missing.isEmpty()) {
				read.apply(missing).forEach((key, value) -> {
					this.entries.put(key, new Entry<>(value, current));
					found.put(key, value);
				});
			}
			return found;
		}

	}

	private record Entry<V>(V value, long generation) {
	}

}
