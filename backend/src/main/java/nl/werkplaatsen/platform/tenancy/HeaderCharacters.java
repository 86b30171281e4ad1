package nl.werkplaatsen.platform.tenancy;

import java.util.function.Predicate;

/**
 * The characters Spring Security's strict firewall allows in header names and values
 * (assigned code points, no control characters; a tab in values), checked code point by
 * code point instead of by a regular expression on every header read, which the
 * benchmark's profile showed on every request's long {@code Authorization} header.
 */
final class HeaderCharacters {

	/** What a header name may hold. */
	static final Predicate<String> NAMES = (name) -> allAllowed(name, false);

	/** What a header value may hold. */
	static final Predicate<String> VALUES = (value) -> allAllowed(value, true);

	private HeaderCharacters() {
	}

	private static boolean allAllowed(String text, boolean tabAllowed) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			boolean allowed = (codePoint >= 0x20 && codePoint < 0x7f) || (tabAllowed && codePoint == '\t')
					|| (Character.isDefined(codePoint) && Character.getType(codePoint) != Character.CONTROL);
			if (!allowed) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
