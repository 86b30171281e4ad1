package nl.werkplaatsen.werkplaats;

import java.util.List;

/**
 * The provinces and gemeenten a werkplaats serves.
 *
 * @param provinces the provinces
 * @param gemeenten the municipalities
 */
public record Region(List<Province> provinces, List<String> gemeenten) {
}
