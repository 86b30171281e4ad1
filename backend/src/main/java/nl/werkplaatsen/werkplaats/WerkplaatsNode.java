package nl.werkplaatsen.werkplaats;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * A werkplaats as the API's {@code Werkplaats} type shows it, read-only: what other
 * modules hand on for their fields of that type (an offer's, an event's, an intake's
 * werkplaats); the schema inspection checks the type's fields against these getters.
 */
public interface WerkplaatsNode extends Node {

	/** The unique, URL-safe name. */
	String getSlug();

	/** The official name. */
	String getName();

	/** Whether it is active or archived. */
	WerkplaatsStatus getStatus();

	/** Whether this is a demo werkplaats. */
	boolean isDemo();

	/** The provinces and gemeenten it serves. */
	Region getRegion();

	/** How entrepreneurs reach it. */
	Contact getContact();

	/** How it presents itself. */
	Branding getBranding();

	/** The last change, for expected-version edits. */
	long getVersion();

}
