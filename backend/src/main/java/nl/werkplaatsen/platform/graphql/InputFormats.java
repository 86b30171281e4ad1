package nl.werkplaatsen.platform.graphql;

import java.util.regex.Pattern;

/**
 * The formats several modules check their input against, kept in one place so an email
 * address or KVK number is valid everywhere or nowhere.
 */
public final class InputFormats {

	/** An email address: something, an at sign, a domain with a dot. */
	public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** A KVK number: exactly 8 digits, no checksum. */
	public static final Pattern KVK_NUMBER = Pattern.compile("^[0-9]{8}$");

	/** An SBI section letter, A to U. */
	public static final Pattern SBI_SECTION = Pattern.compile("^[A-U]$");

	private InputFormats() {
	}

}
