package nl.werkplaatsen.kpi;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong in a history import, and where.
 *
 * @param part the file: organisations, trajecten, …; empty for the import as a whole
 * @param line the line in that file, counting the header as line 1; null for the file as
 * a whole
 * @param column the column's name from the header; null for the line as a whole
 * @param message what is wrong, and what would be right
 */
record HistoryError(String part, @Nullable Long line, @Nullable String column, String message) {
}
