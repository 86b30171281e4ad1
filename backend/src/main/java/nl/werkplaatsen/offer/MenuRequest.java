package nl.werkplaatsen.offer;

import java.util.UUID;

import nl.werkplaatsen.platform.graphql.PageRequest;

/**
 * One {@code offers} field to resolve: the key under which menus are loaded in batches.
 *
 * @param werkplaatsId whose menu
 * @param page which page
 * @param drafts whether drafts are included (asked for and allowed)
 */
record MenuRequest(UUID werkplaatsId, PageRequest page, boolean drafts) {
}
