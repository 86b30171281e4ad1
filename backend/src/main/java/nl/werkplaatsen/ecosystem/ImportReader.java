package nl.werkplaatsen.ecosystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.csv.ImportErrors;
import nl.werkplaatsen.platform.csv.CsvFile;
import nl.werkplaatsen.platform.csv.CsvFile.Row;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * Reads the three files of an ecosystem import in one pass each, checks every line
 * against the Regioscan's labels and the other files, and hands each good line, in the
 * platform's terms, to a sink; it remembers only the ids it must check against, never the
 * files.
 */
final class ImportReader {

	static final Labels<Province> PROVINCES = Labels.of(Province.values(), Province::dutch);

	static final Labels<ActivityArchetype> ARCHETYPES = Labels.of(ActivityArchetype.values(), ActivityArchetype::dutch);

	static final Labels<EcosystemMaturity> MATURITIES = Labels.of(EcosystemMaturity.values(), EcosystemMaturity::dutch);

	static final Labels<EcosystemLevel> LEVELS = Labels.of(EcosystemLevel.values(), EcosystemLevel::dutch);

	static final Labels<DigitalisationForm> FORMS = Labels.of(DigitalisationForm.values(), DigitalisationForm::dutch);

	static final Labels<Obstacle> OBSTACLES = Labels.of(Obstacle.values(), Obstacle::dutch);

	static final Labels<ProviderRole> ROLES = Labels.of(ProviderRole.values(), ProviderRole::dutch);

	/** The SBI 2008 sections. */
	static final String SBI_SECTIONS = "ABCDEFGHIJKLMNOPQRSTU";

	static final String ALL_SECTORS = "Alle";

	private static final int MAX_KEY = 64;

	private static final int MAX_NAME = 300;

	private static final int MAX_TITLE = 500;

	private static final int MAX_DESCRIPTION = 10_000;

	private static final Pattern SECTOR_SEPARATORS = Pattern.compile("[\\s,;|/]+");

	private final Map<ImportPart, Path> files;

	private final ImportErrors<ImportError> errors;

	private final Sink sink;

	private final LongConsumer rowDone;

	private final Map<String, Long> initiativeLines = new HashMap<>();

	private boolean initiativesReadable = true;

	private ImportReader(Map<ImportPart, Path> files, ImportErrors<ImportError> errors, Sink sink,
			LongConsumer rowDone) {
		this.files = files;
		this.errors = errors;
		this.sink = sink;
		this.rowDone = rowDone;
	}

	/**
	 * Reads and checks the files, in the order initiatives, activities, providers.
	 * @param files a readable file for every part
	 * @param errors where what is wrong goes
	 * @param sink receives every good line
	 * @param rowDone told the number of lines read so far, now and then
	 * @return the number of lines read per part, good or not
	 */
	static Map<ImportPart, Integer> read(Map<ImportPart, Path> files, ImportErrors<ImportError> errors, Sink sink,
			LongConsumer rowDone) {
		return new ImportReader(files, errors, sink, rowDone).read();
	}

	private Map<ImportPart, Integer> read() {
		Map<ImportPart, Integer> counts = new HashMap<>();
		long[] done = { 0 };
		for (ImportPart part : ImportPart.values()) {
			counts.put(part, readPart(part, done));
		}
		return counts;
	}

	private int readPart(ImportPart part, long[] done) {
		Checker checker = switch (part) {
			case INITIATIVES -> new InitiativeChecker();
			case ACTIVITIES -> new ActivityChecker();
			case PROVIDERS -> new ProviderChecker();
		};
		int rows = 0;
		try (CsvFile csv = CsvFile.open(this.files.get(part))) {
			Row header = csv.next();
			if (header == null) {
				this.errors.add(part.partName(), null, null,
						"is empty; it needs the header row " + part.header() + ".");
				return stopReading(part);
			}
			List<String> columns = header.values().stream().map(String::strip).toList();
			if (!columns.equals(part.columns())) {
				this.errors.add(part.partName(), header.line(), null,
						"the header must be exactly " + part.header() + " (found " + String.join(",", columns) + ").");
				return stopReading(part);
			}
			for (Row row = csv.next(); row != null; row = csv.next()) {
				rows++;
				if (row.values().size() != part.columns().size()) {
					this.errors.add(part.partName(), row.line(), null, "has " + row.values().size()
							+ " values; the header has " + part.columns().size() + " columns.");
				}
				else {
					checker.check(new Line(part, row));
				}
				this.rowDone.accept(++done[0]);
			}
		}
		catch (CsvFile.NotReadable ex) {
			this.errors.add(part.partName(), ex.line(), null, "from this line the file " + ex.getMessage() + ".");
			return Math.max(rows, stopReading(part));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private int stopReading(ImportPart part) {
		if (part == ImportPart.INITIATIVES) {
			// Without the initiatives every line of the other files would be an error
			// too.
			this.initiativesReadable = false;
		}
		return 0;
	}

	/** Receives the good lines in the platform's terms; null for an empty value. */
	interface Sink {

		/** Values: import key, name, province, description. */
		void initiative(List<@Nullable String> values);

		/**
		 * Values: import key, initiative's import key, archetype, province, maturity,
		 * reach class, effort class, reach, title, digitalisation form, obstacle, sectors
		 * as a PostgreSQL array literal.
		 */
		void activity(List<@Nullable String> values);

		/** Values: initiative's import key, provider's name, role. */
		void provider(List<@Nullable String> values);

		/** A sink that keeps nothing: for checking only. */
		Sink NONE = new Sink() {

			@Override
			public void initiative(List<@Nullable String> values) {
			}

			@Override
			public void activity(List<@Nullable String> values) {
			}

			@Override
			public void provider(List<@Nullable String> values) {
			}

		};

	}

	private interface Checker {

		void check(Line line);

	}

	private final class InitiativeChecker implements Checker {

		@Override
		public void check(Line line) {
			String key = line.key("id", ImportReader.this.initiativeLines);
			String name = line.required("name", MAX_NAME);
			Province province = line.optional("province", PROVINCES);
			String description = line.text("description", MAX_DESCRIPTION);
			if (line.isGood()) {
				ImportReader.this.sink.initiative(Arrays.asList(key, name, nameOf(province), description));
			}
		}

	}

	private final class ActivityChecker implements Checker {

		private final Map<String, Long> lines = new HashMap<>();

		@Override
		public void check(Line line) {
			String key = line.key("id", this.lines);
			String initiative = line.initiative("initiative_id");
			ActivityArchetype archetype = line.required("archetype", ARCHETYPES);
			Province province = line.optional("province", PROVINCES);
			EcosystemMaturity maturity = line.required("maturity", MATURITIES);
			EcosystemLevel reachClass = line.optional("bereik_class", LEVELS);
			EcosystemLevel effortClass = line.optional("inspanning_class", LEVELS);
			Integer reach = line.count("reach");
			String title = line.required("title", MAX_TITLE);
			DigitalisationForm form = line.optional("digitaliseringsvorm", FORMS);
			Obstacle obstacle = line.optional("knelpunt", OBSTACLES);
			String sectors = line.sectors("doelgroep_sector");
			if (line.isGood()) {
				ImportReader.this.sink.activity(Arrays.asList(key, initiative, nameOf(archetype), nameOf(province),
						nameOf(maturity), nameOf(reachClass), nameOf(effortClass),
						(reach != null) ? reach.toString() : null, title, nameOf(form), nameOf(obstacle), sectors));
			}
		}

	}

	private final class ProviderChecker implements Checker {

		private final Map<String, Long> lines = new HashMap<>();

		@Override
		public void check(Line line) {
			String initiative = line.initiative("initiative_id");
			String name = line.required("provider_name", MAX_NAME);
			ProviderRole role = line.required("role", ROLES);
			if (line.isGood()) {
				Long earlier = this.lines.putIfAbsent(initiative + "\n" + name + "\n" + role, line.row.line());
				if (earlier != null) {
					line.error("provider_name", "'" + name + "' is already " + role.dutch() + " of initiative '"
							+ initiative + "' on line " + earlier + ".");
					return;
				}
				ImportReader.this.sink.provider(Arrays.asList(initiative, name, nameOf(role)));
			}
		}

	}

	private static @Nullable String nameOf(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/** One line being checked: its values by column name, and whether all were good. */
	private final class Line {

		private final ImportPart part;

		private final Row row;

		private boolean good = true;

		Line(ImportPart part, Row row) {
			this.part = part;
			this.row = row;
		}

		boolean isGood() {
			return this.good;
		}

		void error(String column, String message) {
			this.good = false;
			ImportReader.this.errors.add(this.part.partName(), this.row.line(), column, message);
		}

		String value(String column) {
			return this.row.get(this.part.columns().indexOf(column));
		}

		@Nullable String required(String column, int maxLength) {
			String value = value(column);
			if (value.isEmpty()) {
				error(column, "is required.");
				return null;
			}
			return limited(column, value, maxLength);
		}

		@Nullable String text(String column, int maxLength) {
			return limited(column, value(column), maxLength);
		}

		private @Nullable String limited(String column, String value, int maxLength) {
			if (value.length() > maxLength) {
				error(column, "is " + value.length() + " characters long; at most " + maxLength + " fit.");
				return null;
			}
			return value;
		}

		@Nullable String key(String column, Map<String, Long> seen) {
			String key = required(column, MAX_KEY);
			if (key != null) {
				Long earlier = seen.putIfAbsent(key, this.row.line());
				if (earlier != null) {
					error(column, "'" + key + "' is a duplicate id: line " + earlier + " has it too.");
					return null;
				}
			}
			return key;
		}

		@Nullable String initiative(String column) {
			String key = required(column, MAX_KEY);
			if (key != null && ImportReader.this.initiativesReadable
					&& !ImportReader.this.initiativeLines.containsKey(key)) {
				error(column, "'" + key + "' is not the id of an initiative in the initiatives file.");
				return null;
			}
			return key;
		}

		<E extends Enum<E>> @Nullable E required(String column, Labels<E> labels) {
			String value = value(column);
			if (value.isEmpty()) {
				error(column, "is required; one of " + labels.expected() + ".");
				return null;
			}
			return label(column, value, labels, ".");
		}

		<E extends Enum<E>> @Nullable E optional(String column, Labels<E> labels) {
			String value = value(column);
			return value.isEmpty() ? null : label(column, value, labels, ", or leave it empty when unknown.");
		}

		private <E extends Enum<E>> @Nullable E label(String column, String value, Labels<E> labels, String ending) {
			Optional<E> found = labels.find(value);
			if (found.isEmpty()) {
				error(column,
						"'" + value + "' is not a label of this column; use one of " + labels.expected() + ending);
				return null;
			}
			return found.get();
		}

		@Nullable Integer count(String column) {
			String value = value(column);
			if (value.isEmpty()) {
				return null;
			}
			if (!value.matches("\\d{1,10}") || Long.parseLong(value) > Integer.MAX_VALUE) {
				error(column, "'" + value + "' is not a whole number of 0 or more (digits only); leave it empty when"
						+ " unknown.");
				return null;
			}
			return Integer.valueOf(value);
		}

		@Nullable String sectors(String column) {
			String value = value(column);
			if (value.isEmpty() || value.equalsIgnoreCase(ALL_SECTORS)) {
				return "{}";
			}
			Set<String> sections = new LinkedHashSet<>();
			List<String> wrong = new ArrayList<>();
			for (String section : SECTOR_SEPARATORS.split(value)) {
				String letter = section.toUpperCase(Locale.ROOT);
				if (letter.length() == 1 && SBI_SECTIONS.contains(letter)) {
					sections.add(letter);
				}
				else if (!section.isEmpty()) {
					wrong.add(section);
				}
			}
			if (!wrong.isEmpty() || sections.isEmpty()) {
				error(column, "'" + value + "' is not an SBI section letter (A to U, several separated by ';') or '"
						+ ALL_SECTORS + "'.");
				return null;
			}
			return "{" + String.join(",", new TreeSet<>(sections)) + "}";
		}

	}

}
