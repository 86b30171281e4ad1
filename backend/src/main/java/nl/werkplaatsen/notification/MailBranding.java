package nl.werkplaatsen.notification;

import java.util.HashMap;
import java.util.Map;

import nl.werkplaatsen.werkplaats.Branding;
import nl.werkplaatsen.werkplaats.WerkplaatsCard;

/**
 * A werkplaats's branding as every email template uses it: its display name, colour,
 * logo, website and contact address.
 */
final class MailBranding {

	private static final String NETWORK_BLUE = "#1f4e79";

	private MailBranding() {
	}

	/** The name entrepreneurs know the werkplaats by. */
	static String nameOf(WerkplaatsCard werkplaats) {
		return werkplaats.displayName();
	}

	/**
	 * The template variables {@code werkplaats}, {@code primaryColor}, {@code logoUrl},
	 * {@code website} and {@code contactEmail}, in a map the caller adds its own to.
	 */
	static Map<String, Object> variablesOf(WerkplaatsCard werkplaats) {
		Branding branding = werkplaats.branding();
		Map<String, Object> variables = new HashMap<>();
		variables.put("werkplaats", nameOf(werkplaats));
		variables.put("primaryColor", (branding.primaryColor() != null) ? branding.primaryColor() : NETWORK_BLUE);
		variables.put("logoUrl", branding.logoUrl());
		variables.put("website", branding.website());
		variables.put("contactEmail", werkplaats.contact().email());
		return variables;
	}

}
