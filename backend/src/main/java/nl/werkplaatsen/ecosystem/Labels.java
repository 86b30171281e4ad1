package nl.werkplaatsen.ecosystem;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Dutch labels of one of the Regioscan's typologies as the import files write them,
 * read forgivingly (case, surrounding and doubled spaces, accents typed or not) but never
 * guessed.
 */
final class Labels<E extends Enum<E>> {

	private final Map<String, E> byKey = new LinkedHashMap<>();

	private final String expected;

	private Labels(E[] values, Function<E, String> label) {
		for (E value : values) {
			this.byKey.put(key(label.apply(value)), value);
			this.byKey.putIfAbsent(key(value.name()), value);
		}
		this.expected = Arrays.stream(values).map(label).collect(Collectors.joining("', '", "'", "'"));
	}

	static <E extends Enum<E>> Labels<E> of(E[] values, Function<E, String> label) {
		return new Labels<>(values, label);
	}

	Optional<E> find(String value) {
		return Optional.ofNullable(this.byKey.get(key(value)));
	}

	/** The labels, quoted and comma separated, for an error message. */
	String expected() {
		return this.expected;
	}

	private static String key(String label) {
		String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
