package nl.werkplaatsen.ecosystem;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams the good lines of an import into the transaction's staging tables with
 * PostgreSQL's COPY, one table after the other as the reader moves from file to file.
 */
final class CopySink implements ImportReader.Sink, AutoCloseable {

	private final PGConnection connection;

	private @Nullable String table;

	private @Nullable CSVPrinter printer;

	CopySink(Connection connection) {
		try {
			this.connection = connection.unwrap(PGConnection.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The ecosystem import needs a PostgreSQL connection", ex);
		}
	}

	@Override
	public void initiative(List<@Nullable String> values) {
		print("import_initiative", values);
	}

	@Override
	public void activity(List<@Nullable String> values) {
		print("import_activity", values);
	}

	@Override
	public void provider(List<@Nullable String> values) {
		print("import_provider", values);
	}

	private void print(String into, List<@Nullable String> values) {
		try {
			if (!into.equals(this.table)) {
				close();
				Writer copy = new OutputStreamWriter(
						new PGCopyOutputStream(this.connection, "COPY " + into + " FROM STDIN (FORMAT csv)"),
						StandardCharsets.UTF_8);
				// Empty values quoted, nulls not: what COPY's csv format reads back as ''
				// and
				// NULL.
				this.printer = CSVFormat.POSTGRESQL_CSV.print(copy);
				this.table = into;
			}
			this.printer.printRecord(values);
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not stage the import's lines", ex);
		}
	}

	/** Ends the COPY under way, so the staged lines can be read. */
	@Override
	public void close() {
		if (this.printer != null) {
			try {
				this.printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.printer = null;
			this.table = null;
		}
	}

}
