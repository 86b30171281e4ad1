/**
 * Matching: ranks a werkplaats's published offers for an intake, with reasons a
 * coordinator can read.
 */
@NullMarked
package nl.werkplaatsen.matching;

import org.jspecify.annotations.NullMarked;
