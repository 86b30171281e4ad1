package nl.werkplaatsen.ecosystem;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong in an import file, and where.
 *
 * @param file the part: initiatives, activities or providers
 * @param line the line in that file, counting the header as line 1; null for the file as
 * a whole
 * @param column the column's name from the header; null for the line as a whole
 * @param message what is wrong, and what would be right
 */
record ImportError(String file, @Nullable Long line, @Nullable String column, String message) {
}
