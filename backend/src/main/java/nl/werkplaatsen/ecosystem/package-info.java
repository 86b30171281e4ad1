/**
 * The ecosystem map: the Regioscan's initiatives, their activities in the report's
 * typologies, and the providers behind them, as national data that every werkplaats
 * browses and refers entrepreneurs to.
 *
 * <p>
 * No werkplaats owns it, so its tables have no row-level security: everybody reads the
 * active initiatives, and only network coordinators change them. Other modules see an
 * initiative through {@link nl.werkplaatsen.ecosystem.Initiatives}.
 */
@NullMarked
package nl.werkplaatsen.ecosystem;

import org.jspecify.annotations.NullMarked;
