package nl.werkplaatsen.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * One table written for download as CSV (RFC 4180, UTF-8) or XLSX (one sheet, the header
 * row bold and frozen), row by row: the XLSX through Apache POI's streaming workbook,
 * which keeps a window of rows in memory and the rest in a temporary file. Numbers stay
 * numbers in XLSX; null is an empty cell.
 */
public final class TableExport implements AutoCloseable {

	/** Rows kept in memory while writing XLSX; the rest waits on disk. */
	private static final int WINDOW = 200;

	private final Format format;

	private final OutputStream out;

	private final @Nullable CSVPrinter csv;

	private final @Nullable SXSSFWorkbook workbook;

	private final @Nullable SXSSFSheet sheet;

	private int rows;

	private TableExport(Format format, OutputStream out, String sheetName, List<String> headers) throws IOException {
		this.format = format;
		this.out = out;
		if (format == Format.CSV) {
			this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
			this.workbook = null;
			this.sheet = null;
		}
		else {
			this.csv = null;
			this.workbook = new SXSSFWorkbook(WINDOW);
			this.sheet = this.workbook.createSheet(sheetName);
			this.sheet.createFreezePane(0, 1);
			CellStyle bold = this.workbook.createCellStyle();
			Font font = this.workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = this.sheet.createRow(this.rows++);
			for (int column = 0; column < headers.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(headers.get(column));
				cell.setCellStyle(bold);
			}
		}
	}

	/**
	 * Starts a download on the response: its content type and a file name of the base
	 * name and the format's extension, then the table on its body.
	 */
	public static TableExport download(HttpServletResponse response, Format format, String baseName, String sheetName,
			List<String> headers) {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(baseName + "." + format.extension()).build().toString());
		try {
			return new TableExport(format, response.getOutputStream(), sheetName, headers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one row: numbers, text, dates (as ISO text), booleans (ja, nee), null. */
	public void row(List<? extends @Nullable Object> values) {
		try {
			if (this.csv != null) {
				List<@Nullable Object> printed = new ArrayList<>();
				for (Object value : values) {
					printed.add((value instanceof Boolean yes) ? (yes ? "ja" : "nee") : value);
				}
				this.csv.printRecord(printed);
				return;
			}
			Row row = this.sheet.createRow(this.rows++);
			for (int column = 0; column < values.size(); column++) {
				Object value = values.get(column);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(column);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Boolean yes) {
					cell.setCellValue(yes ? "ja" : "nee");
				}
				else if (value instanceof LocalDate day) {
					cell.setCellValue(day.toString());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			if (this.csv != null) {
				this.csv.flush();
			}
			else {
				this.workbook.write(this.out);
				this.workbook.close();
			}
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file formats. */
	public enum Format {

		/** Comma-separated values, UTF-8, RFC 4180. */
		CSV("text/csv;charset=UTF-8", "csv"),

		/** An Office Open XML workbook. */
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		/** The format named, in any case: csv or xlsx. */
		public static Optional<Format> named(String name) {
			for (Format format : values()) {
				if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
					return Optional.of(format);
				}
			}
			return Optional.empty();
		}

		String contentType() {
			return this.contentType;
		}

		String extension() {
			return this.extension;
		}

	}

}
