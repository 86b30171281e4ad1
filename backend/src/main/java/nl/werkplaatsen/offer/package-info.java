/**
 * The menu (menukaart): what a werkplaats offers entrepreneurs — trajecten, workshops,
 * scans — drafted and published by its staff, read by everybody once published.
 */
@NullMarked
package nl.werkplaatsen.offer;

import org.jspecify.annotations.NullMarked;
