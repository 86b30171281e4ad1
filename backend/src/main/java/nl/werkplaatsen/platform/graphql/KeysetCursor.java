package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque keyset cursor: the sort key values of a node, so the next page continues
 * after them whatever was inserted meanwhile.
 *
 * @param values the sort key values, in sort order
 */
public record KeysetCursor(List<String> values) {

	private static final String SEPARATOR = "\u001f";

	private static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

	/** A cursor over the given sort key values. */
	public static KeysetCursor of(Object... values) {
		return new KeysetCursor(Arrays.stream(values).map(String::valueOf).toList());
	}

	/** The cursor as clients see it. */
	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join(SEPARATOR, this.values).getBytes(StandardCharsets.UTF_8));
	}

	static KeysetCursor decode(String cursor) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			return new KeysetCursor(List.of(plain.split(SEPARATOR, -1)));
		}
		catch (IllegalArgumentException ex) {
			throw notACursor();
		}
	}

	/** The sort key value at the given position as text. */
	public String text(int index) {
		String text = value(index);
		// PostgreSQL refuses NUL in text: a tampered cursor must not reach it.
		if (text.indexOf('\u0000') >= 0) {
			throw notACursor();
		}
		return text;
	}

	/** The sort key value at the given position as an integer. */
	public int integer(int index) {
		try {
			return Integer.parseInt(value(index));
		}
		catch (NumberFormatException ex) {
			throw notACursor();
		}
	}

	/** The sort key value at the given position as an instant. */
	public Instant instant(int index) {
		try {
			Instant instant = Instant.parse(value(index));
			// Within PostgreSQL's timestamps, so a tampered cursor cannot reach it with
			// one out of range.
			if (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT)) {
				throw notACursor();
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			throw notACursor();
		}
	}

	/** The sort key value at the given position as a date. */
	public LocalDate date(int index) {
		try {
			LocalDate date = LocalDate.parse(value(index));
			if (date.getYear() < 1 || date.getYear() > 9999) {
				throw notACursor();
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw notACursor();
		}
	}

	/** The sort key value at the given position as a UUID. */
	public UUID uuid(int index) {
		try {
			return UUID.fromString(value(index));
		}
		catch (IllegalArgumentException ex) {
			throw notACursor();
		}
	}

	private static BadRequestException notACursor() {
		return new BadRequestException("after", "'after' is not a cursor of this list");
	}

	private String value(int index) {
		if (index >= this.values.size()) {
			throw notACursor();
		}
		return this.values.get(index);
	}

}
