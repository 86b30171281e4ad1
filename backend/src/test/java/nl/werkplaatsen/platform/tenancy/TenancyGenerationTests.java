package nl.werkplaatsen.platform.tenancy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenancyGenerationTests {

	private final TenancyGeneration generation = new TenancyGeneration();

	private final TenancyGeneration.Cached<String, String> names = this.generation.cache(100);

	private final Map<String, String> stored = new HashMap<>(Map.of("twente", "Twente", "utrecht", "Utrecht"));

	private final List<Set<String>> reads = new ArrayList<>();

	private Map<String, String> read(Set<String> keys) {
		this.reads.add(new TreeSet<>(keys));
		Map<String, String> found = new HashMap<>();
		keys.stream().filter(this.stored::containsKey).forEach((key) -> found.put(key, this.stored.get(key)));
		return found;
	}

	@Test
	void readsOnlyTheKeysItDoesNotHoldYet() {
		this.generation.seen(3);

		assertThat(this.names.getAll(List.of("twente"), this::read)).containsExactly(Map.entry("twente", "Twente"));
		assertThat(this.names.getAll(List.of("twente", "utrecht"), this::read)).hasSize(2);

		assertThat(this.reads).containsExactly(Set.of("twente"), Set.of("utrecht"));
	}

	@Test
	void aNewerGenerationSeenByAnyTransactionOutdatesWhatWasReadBefore() {
		this.generation.seen(3);
		this.names.getAll(List.of("twente"), this::read);
		this.stored.put("twente", "Digitale Werkplaats Twente");

		this.generation.seen(4);

		assertThat(this.names.getAll(List.of("twente"), this::read)).containsEntry("twente",
				"Digitale Werkplaats Twente");
		assertThat(this.reads).hasSize(2);
	}

	@Test
	void anOlderGenerationSeenLateDoesNotOutdateNewerEntries() {
		this.generation.seen(5);
		this.names.getAll(List.of("twente"), this::read);

		this.generation.seen(4);
		this.names.getAll(List.of("twente"), this::read);

		assertThat(this.reads).hasSize(1);
	}

	@Test
	void keysThatAreNotFoundAreLeftOutAndAskedForAgain() {
		assertThat(this.names.getAll(List.of("gone"), this::read)).isEmpty();
		assertThat(this.names.getAll(List.of("gone"), this::read)).isEmpty();

		assertThat(this.reads).containsExactly(Set.of("gone"), Set.of("gone"));
	}

}
