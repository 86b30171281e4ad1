package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only data loaders with loads waiting are dispatched, and every one of those is.
 */
class PendingLoadsRegistryTests {

	@Test
	void dispatchesEveryLoaderWithLoadsWaitingAndNoOther() {
		AtomicInteger batches = new AtomicInteger();
		BatchLoader<Integer, String> named = (keys) -> {
			batches.incrementAndGet();
			return CompletableFuture.completedFuture(keys.stream().map((key) -> "#" + key).toList());
		};
		PendingLoadsRegistry registry = new PendingLoadsRegistry();
		// As graphql-java's fields find them: by name, from the registry.
		DataLoader<Integer, String> asked = registry.registerAndGet("asked", DataLoaderFactory.newDataLoader(named));
		DataLoader<Integer, String> alsoAsked = registry.registerAndGet("alsoAsked",
				DataLoaderFactory.newDataLoader(named));
		DataLoader<Integer, String> idle = registry.registerAndGet("idle", DataLoaderFactory.newDataLoader(named));

		CompletableFuture<String> one = asked.load(1);
		CompletableFuture<String> two = asked.load(2);
		CompletableFuture<String> three = alsoAsked.load(3);
		registry.dispatchAll();

		assertThat(List.of(one.join(), two.join(), three.join())).containsExactly("#1", "#2", "#3");
		assertThat(batches).hasValue(2);
		assertThat(registry.dispatchDepth()).isZero();

		CompletableFuture<String> four = idle.load(4);
		assertThat(registry.dispatchAllWithCount()).isEqualTo(1);
		assertThat(four.join()).isEqualTo("#4");
		assertThat(batches).hasValue(3);
	}

}
