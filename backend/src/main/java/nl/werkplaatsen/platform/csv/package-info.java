/**
 * Reading CSV import files: UTF-8, RFC 4180, record by record with their line numbers.
 */
@NamedInterface("csv")
@NullMarked
package nl.werkplaatsen.platform.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
