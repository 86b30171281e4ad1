package nl.werkplaatsen.kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A column of a history import file and how its values are read: required or not, and of
 * which kind; a value read comes back in the staging table's terms, or as an error
 * message that says what would be right.
 *
 * @param name the header's name
 * @param kind what the values are
 * @param required whether a value is needed
 * @param maxLength for text, the most characters
 * @param values for an enum, the values as the schema spells them
 */
record HistoryColumn(String name, Kind kind, boolean required, int maxLength, List<String> values) {

	private static final Pattern KVK = Pattern.compile("\\d{8}");

	private static final Pattern LETTER_SEPARATORS = Pattern.compile("[;,\\s]+");

	static HistoryColumn text(String name, boolean required, int maxLength) {
		return new HistoryColumn(name, Kind.TEXT, required, maxLength, List.of());
	}

	static HistoryColumn kvk(String name, boolean required) {
		return new HistoryColumn(name, Kind.KVK, required, 8, List.of());
	}

	static HistoryColumn date(String name, boolean required) {
		return new HistoryColumn(name, Kind.DATE, required, 10, List.of());
	}

	static HistoryColumn bool(String name) {
		return new HistoryColumn(name, Kind.BOOLEAN, true, 5, List.of());
	}

	static HistoryColumn count(String name, boolean required) {
		return new HistoryColumn(name, Kind.COUNT, required, 10, List.of());
	}

	static HistoryColumn scale(String name) {
		return new HistoryColumn(name, Kind.SCALE, false, 2, List.of());
	}

	static HistoryColumn letters(String name) {
		return new HistoryColumn(name, Kind.LETTERS, false, 40,
				List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
	}

	static HistoryColumn oneOf(String name, boolean required, Enum<?>[] values) {
		return oneOf(name, required, Arrays.stream(values).map(Enum::name).toList());
	}

	static HistoryColumn oneOf(String name, boolean required, List<String> values) {
		return new HistoryColumn(name, Kind.ENUM, required, 40, List.copyOf(values));
	}

	/**
	 * The value in the staging table's terms (null for empty), or throws
	 * {@link IllegalArgumentException} with what is wrong.
	 * @param raw the value as the file has it, stripped
	 * @param today the last day a date may be
	 */
	@Nullable String read(String raw, LocalDate today) {
		if (raw.isEmpty()) {
			if (this.required) {
				throw new IllegalArgumentException("is required" + expected() + ".");
			}
			return (this.kind == Kind.LETTERS) ? "{}" : null;
		}
		return switch (this.kind) {
			case TEXT -> {
				if (raw.length() > this.maxLength) {
					throw new IllegalArgumentException(
							"is " + raw.length() + " characters long; at most " + this.maxLength + " fit.");
				}
				yield raw;
			}
			case KVK -> {
				if (!KVK.matcher(raw).matches()) {
					throw new IllegalArgumentException("'" + raw + "' is not a KVK number: eight digits.");
				}
				yield raw;
			}
			case DATE -> {
				try {
					LocalDate day = LocalDate.parse(raw);
					if (day.isAfter(today)) {
						throw new IllegalArgumentException(
								"'" + raw + "' lies in the future; the history ends today (" + today + ").");
					}
					yield day.toString();
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("'" + raw + "' is not a date as YYYY-MM-DD (ISO 8601).");
				}
			}
			case BOOLEAN -> switch (raw.toLowerCase(Locale.ROOT)) {
				case "true", "1", "ja", "yes" -> "true";
				case "false", "0", "nee", "no" -> "false";
				default -> throw new IllegalArgumentException("'" + raw + "' is not true or false.");
			};
			case COUNT -> {
				if (!raw.matches("\\d{1,9}")) {
					throw new IllegalArgumentException(
							"'" + raw + "' is not a whole number of 0 or more (digits only).");
				}
				yield String.valueOf(Integer.parseInt(raw));
			}
			case SCALE -> {
				if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > 10) {
					throw new IllegalArgumentException("'" + raw + "' is not a whole number from 1 to 10.");
				}
				yield String.valueOf(Integer.parseInt(raw));
			}
			case ENUM -> {
				String value = raw.toUpperCase(Locale.ROOT);
				if (!this.values.contains(value)) {
					throw new IllegalArgumentException("'" + raw + "' is not one of " + String.join(", ", this.values)
							+ (this.required ? "." : ", or empty."));
				}
				yield value;
			}
			case LETTERS -> {
				Set<String> letters = new TreeSet<>();
				Set<String> wrong = new LinkedHashSet<>();
				for (String letter : LETTER_SEPARATORS.split(raw)) {
					if (this.values.contains(letter.toLowerCase(Locale.ROOT))) {
						letters.add(letter.toLowerCase(Locale.ROOT));
					}
					else if (!letter.isEmpty()) {
						wrong.add(letter);
					}
				}
				if (!wrong.isEmpty()) {
					throw new IllegalArgumentException("'" + String.join("', '", wrong)
							+ "' is not an option: letters a to j separated by ';', e.g. a;d;g.");
				}
				yield "{" + String.join(",", letters) + "}";
			}
		};
	}

	private String expected() {
		return (this.kind == Kind.ENUM) ? "; one of " + String.join(", ", this.values) : "";
	}

	/** What a column's values are. */
	enum Kind {

		/** Text of at most so many characters. */
		TEXT,

		/** A KVK number: eight digits. */
		KVK,

		/** A day as YYYY-MM-DD, not in the future. */
		DATE,

		/** true or false. */
		BOOLEAN,

		/** A whole number of 0 or more. */
		COUNT,

		/** A whole number from 1 to 10. */
		SCALE,

		/** One of the values as the schema spells them. */
		ENUM,

		/** Letters a to j separated by ';'. */
		LETTERS

	}

}
