package nl.werkplaatsen.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One import file read record by record (never held whole): UTF-8 with or without a byte
 * order mark, RFC 4180 quoting, blank lines skipped, each record with the line it starts
 * on.
 */
public final class CsvFile implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private CsvFile(Reader reader) throws IOException {
		this.parser = FORMAT.parse(reader);
		this.records = this.parser.iterator();
	}

	/** Opens the file for reading. */
	public static CsvFile open(Path path) throws IOException {
		InputStream bytes = BOMInputStream.builder().setPath(path).get();
		// Refuse what is not UTF-8 instead of reading it as replacement characters.
		Reader reader = new InputStreamReader(bytes,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		return new CsvFile(reader);
	}

	/**
	 * The number of records after the header in a file, as far as it can be read: to
	 * estimate an import's progress; reading it reports what is wrong.
	 */
	public static int countRecords(Path path) {
		int records = -1;
		try (CsvFile csv = open(path)) {
			while (csv.next() != null) {
				records++;
			}
		}
		catch (IOException | NotReadable ex) {
			// Counting only estimates progress.
		}
		return Math.max(records, 0);
	}

	/**
	 * The next record, or null at the end of the file.
	 * @throws NotReadable when the rest of the file cannot be read as CSV text
	 */
	public @Nullable Row next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			List<String> values = record.toList();
			long breaks = values.stream().mapToLong((value) -> value.chars().filter((c) -> c == '\n').count()).sum();
			for (String value : values) {
				if (value.indexOf('\0') >= 0) {
					throw new NotReadable(this.parser.getCurrentLineNumber(),
							"holds a NUL byte: this is not a CSV text file");
				}
			}
			return new Row(this.parser.getCurrentLineNumber() - breaks, values);
		}
		catch (UncheckedIOException ex) {
			throw new NotReadable(this.parser.getCurrentLineNumber() + 1,
					(ex.getCause() instanceof CharacterCodingException)
							? "is not UTF-8 text: this is not a CSV text file"
							: "is not valid CSV: " + ex.getCause().getMessage());
		}
		catch (IllegalStateException ex) {
			throw new NotReadable(this.parser.getCurrentLineNumber() + 1, "is not valid CSV: " + ex.getMessage());
		}
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/**
	 * A record of the file.
	 *
	 * @param line the line it starts on; the header is line 1
	 * @param values its values in column order
	 */
	public record Row(long line, List<String> values) {

		/** The value in the column, without surrounding white space. */
		public String get(int column) {
			return this.values.get(column).strip();
		}

	}

	/**
	 * The file cannot be read on from this line: not UTF-8, binary, or broken quoting.
	 */
	public static final class NotReadable extends RuntimeException {

		private final long line;

		NotReadable(long line, String message) {
			super(message);
			this.line = line;
		}

		/** The line from which the file cannot be read. */
		public long line() {
			return this.line;
		}

	}

}
