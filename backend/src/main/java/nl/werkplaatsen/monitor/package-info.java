/**
 * The impact monitor: versioned national instruments (the 0-meting, the 1-meting and the
 * Regioscan's impact matrix) with questions a werkplaats may append, the 1-meting sent
 * half a year after a traject through a personal link, and the results.
 *
 * <p>
 * An instrument version never changes once it exists: a werkplaats's change makes a new
 * version, so every stored answer names the exact question it answered and results of
 * different versions are never mixed silently.
 */
@NullMarked
package nl.werkplaatsen.monitor;

import org.jspecify.annotations.NullMarked;
