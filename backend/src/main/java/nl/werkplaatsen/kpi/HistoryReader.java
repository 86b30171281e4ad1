package nl.werkplaatsen.kpi;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import nl.werkplaatsen.platform.csv.ImportErrors;
import nl.werkplaatsen.platform.csv.CsvFile;
import nl.werkplaatsen.platform.csv.CsvFile.Row;

/**
 * Reads the files of a history import in one pass each, checks every value and the rules
 * within a line and a file (a traject's dates, a key given twice), and streams each good
 * line into its staging table with PostgreSQL's COPY; it remembers only the keys it must
 * check for duplicates, never the files. References between the files and to earlier
 * imports are checked afterwards, in SQL.
 */
final class HistoryReader {

	private final Map<HistoryPart, Path> files;

	private final ImportErrors<HistoryError> errors;

	private final PGConnection connection;

	private final LocalDate today;

	private final LongConsumer rowDone;

	private long done;

	private HistoryReader(Map<HistoryPart, Path> files, ImportErrors<HistoryError> errors, Connection connection,
			LocalDate today, LongConsumer rowDone) {
		this.files = files;
		this.errors = errors;
		this.today = today;
		this.rowDone = rowDone;
		try {
			this.connection = connection.unwrap(PGConnection.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The history import needs a PostgreSQL connection", ex);
		}
	}

	/**
	 * Reads, checks and stages the files given, in the parts' order.
	 * @return the lines read per part, good or not
	 */
	static Map<HistoryPart, Integer> read(Map<HistoryPart, Path> files, ImportErrors<HistoryError> errors,
			Connection connection, LocalDate today, LongConsumer rowDone) {
		HistoryReader reader = new HistoryReader(files, errors, connection, today, rowDone);
		Map<HistoryPart, Integer> counts = new EnumMap<>(HistoryPart.class);
		for (HistoryPart part : HistoryPart.values()) {
			if (files.containsKey(part)) {
				counts.put(part, reader.readPart(part));
			}
		}
		return counts;
	}

	private int readPart(HistoryPart part) {
		int rows = 0;
		Map<String, Long> keys = new HashMap<>();
		try (CsvFile csv = CsvFile.open(this.files.get(part)); Stage stage = new Stage(part)) {
			Row header = csv.next();
			if (header == null) {
				this.errors.add(part.partName(), null, null,
						"is empty; it needs the header row " + part.header() + ".");
				return 0;
			}
			int[] positions = positions(part, header);
			if (positions == null) {
				return 0;
			}
			for (Row row = csv.next(); row != null; row = csv.next()) {
				rows++;
				if (row.values().size() != header.values().size()) {
					this.errors.add(part.partName(), row.line(), null, "has " + row.values().size()
							+ " values; the header has " + header.values().size() + " columns.");
				}
				else {
					Map<String, @Nullable String> values = values(part, row, positions);
					if (values != null && lineRules(part, row.line(), values)
							&& unique(part, row.line(), values, keys)) {
						stage.print(row.line(), part, values);
					}
				}
				this.rowDone.accept(++this.done);
			}
		}
		catch (CsvFile.NotReadable ex) {
			this.errors.add(part.partName(), ex.line(), null, "from this line the file " + ex.getMessage() + ".");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * Where each column is in the file, or null (and an error) when the header is wrong.
	 */
	private int @Nullable [] positions(HistoryPart part, Row header) {
		List<String> names = header.values()
			.stream()
			.map((name) -> name.strip().toLowerCase(java.util.Locale.ROOT))
			.toList();
		List<String> missing = part.columnNames().stream().filter((name) -> !names.contains(name)).toList();
		List<String> unknown = names.stream().filter((name) -> !part.columnNames().contains(name)).toList();
		if (!missing.isEmpty() || !unknown.isEmpty() || names.size() != names.stream().distinct().count()) {
			this.errors.add(part.partName(), header.line(), null,
					"the header must name the columns " + part.header() + " (in any order)"
							+ (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
							+ (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)) + ".");
			return null;
		}
		return part.columnNames().stream().mapToInt(names::indexOf).toArray();
	}

	private @Nullable Map<String, @Nullable String> values(HistoryPart part, Row row, int[] positions) {
		Map<String, @Nullable String> values = new HashMap<>();
		boolean good = true;
		for (int i = 0; i < positions.length; i++) {
			HistoryColumn column = part.columns().get(i);
			try {
				values.put(column.name(), column.read(row.get(positions[i]), this.today));
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(part.partName(), row.line(), column.name(), ex.getMessage());
				good = false;
			}
		}
		return good ? values : null;
	}

	/** The rules between a line's values. */
	private boolean lineRules(HistoryPart part, long line, Map<String, @Nullable String> values) {
		int before = this.errors.count();
		if (part == HistoryPart.TRAJECTEN) {
			// Spreadsheets often miss a date; a traject without started_on counts in no
			// period, which is what its werkplaats knows of it. Dates out of order are
			// wrong.
			String started = values.get("started_on");
			String delivered = values.get("delivered_on");
			String completed = values.get("completed_on");
			before(part, line, started, "started_on", delivered, "delivered_on");
			before(part, line, delivered, "delivered_on", completed, "completed_on");
			before(part, line, started, "started_on", completed, "completed_on");
		}
		else if (part == HistoryPart.REACH) {
			before(part, line, values.get("period_start"), "period_start", values.get("period_end"), "period_end");
		}
		return this.errors.count() == before;
	}

	private void before(HistoryPart part, long line, @Nullable String first, String firstName, @Nullable String second,
			String secondName) {
		if (first != null && second != null && second.compareTo(first) < 0) {
			this.errors.add(part.partName(), line, secondName,
					"(" + second + ") lies before " + firstName + " (" + first + ").");
		}
	}

	/**
	 * Whether the line's key is new in its file; an error naming the earlier line if not.
	 */
	private boolean unique(HistoryPart part, long line, Map<String, @Nullable String> values, Map<String, Long> keys) {
		List<String> keyColumns = switch (part) {
			case ORGANISATIONS -> List.of("kvk_number");
			case TRAJECTEN, EVENTS -> List.of("ref");
			case TRAJECT_STUDENTS -> List.of("traject_ref", "institution", "student_ref");
			case REACH -> List.of("channel", "period_start", "period_end");
			case MONITOR_RESPONSES -> List.of("traject_ref", "instrument_key");
			case REGISTRATIONS -> List.of();
		};
		if (keyColumns.isEmpty()) {
			return true;
		}
		List<String> key = new ArrayList<>();
		keyColumns.forEach((column) -> key.add(String.valueOf(values.get(column)).toLowerCase(java.util.Locale.ROOT)));
		Long earlier = keys.putIfAbsent(String.join("\n", key), line);
		if (earlier != null) {
			this.errors.add(part.partName(), line, keyColumns.getFirst(),
					"repeats line " + earlier + " (the same " + String.join(", ", keyColumns) + "): give each once.");
			return false;
		}
		return true;
	}

	/** The COPY of one part's good lines into its staging table. */
	private final class Stage implements AutoCloseable {

		private final CSVPrinter printer;

		Stage(HistoryPart part) {
			try {
				Writer copy = new OutputStreamWriter(new PGCopyOutputStream(HistoryReader.this.connection,
						"COPY " + part.stagingTable() + " FROM STDIN (FORMAT csv)"), StandardCharsets.UTF_8);
				// Empty values quoted, nulls not: what COPY's csv format reads back as ''
				// and NULL.
				this.printer = CSVFormat.POSTGRESQL_CSV.print(copy);
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("Could not stage the import's lines", ex);
			}
		}

		void print(long line, HistoryPart part, Map<String, @Nullable String> values) throws IOException {
			List<@Nullable String> record = new ArrayList<>();
			record.add(Long.toString(line));
			part.columnNames().forEach((name) -> record.add(values.get(name)));
			this.printer.printRecord(record);
		}

		@Override
		public void close() throws IOException {
			this.printer.close(true);
		}

	}

}
