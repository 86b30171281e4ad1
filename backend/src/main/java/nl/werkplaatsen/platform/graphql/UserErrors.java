package nl.werkplaatsen.platform.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects the user errors of one mutation's input, so every problem is reported at once
 * and nothing is stored while any remains.
 */
public final class UserErrors {

	private static final Pattern HEX_COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * Checks the version the caller read ({@code expectedVersion}, when given) against
	 * the record's current one: a mismatch is a {@code CONFLICT}.
	 */
	public boolean expectedVersion(String record, @Nullable Integer expected, long actual) {
		if (expected != null && expected != actual) {
			add(UserErrorCode.CONFLICT, "expectedVersion",
					"This " + record + " changed since version " + expected + " (now " + actual + "); read it again.");
			return false;
		}
		return true;
	}

	/** Records a user error that concerns no single input field. */
	public UserErrors addGeneral(UserErrorCode code, String message) {
		this.errors.add(UserError.general(code, message));
		return this;
	}

	/** Records a user error on the given input field. */
	public UserErrors add(UserErrorCode code, String field, String message) {
		this.errors.add(UserError.of(code, field, message));
		return this;
	}

	/** Checks a required text and returns it stripped, or null when it is missing. */
	public @Nullable String requiredText(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			add(UserErrorCode.REQUIRED, field, "Fill in " + field + ".");
			return null;
		}
		return optionalText(field, value, maxLength);
	}

	/** Checks an optional text's length and returns it stripped, null when blank. */
	public @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			add(UserErrorCode.TOO_LONG, field, field + " may be at most " + maxLength + " characters long.");
		}
		return stripped;
	}

	/** Checks that an optional number lies within the given bounds. */
	public void range(String field, @Nullable Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(UserErrorCode.OUT_OF_RANGE, field, field + " must be between " + min + " and " + max + ".");
		}
	}

	/** Checks that an optional value is a colour written as #RRGGBB. */
	public void hexColour(String field, @Nullable String value) {
		if (value != null && !HEX_COLOUR.matcher(value).matches()) {
			add(UserErrorCode.INVALID_FORMAT, field, field + " must be a hex colour such as #0A6EBD.");
		}
	}

	/** Checks that an optional value is an absolute http(s) URL. */
	public void httpUrl(String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		try {
			URI uri = new URI(value);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				add(UserErrorCode.INVALID_FORMAT, field, field + " must be an absolute http(s) URL.");
			}
		}
		catch (URISyntaxException ex) {
			add(UserErrorCode.INVALID_FORMAT, field, field + " must be an absolute http(s) URL.");
		}
	}

	/**
	 * Checks that an optional value matches a pattern, explaining the format on failure.
	 */
	public void matches(String field, @Nullable String value, Pattern pattern, String format) {
		if (value != null && !pattern.matcher(value).matches()) {
			add(UserErrorCode.INVALID_FORMAT, field, field + " must be " + format + ".");
		}
	}

	/** Whether any user error was found. */
	public boolean any() {
		return !this.errors.isEmpty();
	}

	/** The user errors found, in input order. */
	public List<UserError> list() {
		return List.copyOf(this.errors);
	}

}
