/**
 * The shared taxonomies of the programme and the Regioscan — themes, academic periods,
 * digital maturity, size classes, knelpunten (obstacles) and activity archetypes — used
 * alike by the menu, intakes, organisations, education and the ecosystem map, so none of
 * them depends on another for a word.
 */
@ApplicationModule(displayName = "Taxonomies", type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.werkplaatsen.taxonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
