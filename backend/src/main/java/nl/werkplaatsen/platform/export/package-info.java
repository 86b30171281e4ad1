/**
 * Tables for download (CSV and XLSX), written row by row as they are read, so a large
 * export never sits in memory whole.
 */
@NamedInterface("export")
@NullMarked
package nl.werkplaatsen.platform.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
