package nl.werkplaatsen.werkplaats;

import java.util.UUID;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * A werkplaats as other modules see it: who it is and how it presents itself; immutable,
 * read when it was asked for.
 *
 * @param node the werkplaats as the API shows it, to hand on as a GraphQL
 * {@code Werkplaats}
 * @param id the werkplaats
 * @param slug its slug
 * @param name its official name
 * @param active whether it is active (not archived)
 * @param branding how it presents itself
 * @param contact how entrepreneurs reach it
 */
public record WerkplaatsCard(Node node, UUID id, String slug, String name, boolean active, Branding branding,
		Contact contact) {

	static WerkplaatsCard of(Werkplaats werkplaats) {
		return new WerkplaatsCard(werkplaats, werkplaats.getId(), werkplaats.getSlug(), werkplaats.getName(),
				werkplaats.isActive(), werkplaats.getBranding(), werkplaats.getContact());
	}

	/** The name entrepreneurs know it by: its display name, else its official name. */
	public String displayName() {
		return (this.branding.displayName() != null) ? this.branding.displayName() : this.name;
	}

}
