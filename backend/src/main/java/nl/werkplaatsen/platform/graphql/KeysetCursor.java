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
			throw new BadRequestException("'after' is not a cursor of this list");
		}
	}

	/** The sort key value at the given position as text. */
	public String text(int index) {
		return value(index);
	}

	/** The sort key value at the given position as an integer. */
	public int integer(int index) {
		try {
			return Integer.parseInt(value(index));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("'after' is not a cursor of this list");
		}
	}

	/** The sort key value at the given position as an instant. */
	public Instant instant(int index) {
		try {
			return Instant.parse(value(index));
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("'after' is not a cursor of this list");
		}
	}

	/** The sort key value at the given position as a date. */
	public LocalDate date(int index) {
		try {
			return LocalDate.parse(value(index));
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("'after' is not a cursor of this list");
		}
	}

	/** The sort key value at the given position as a UUID. */
	public UUID uuid(int index) {
		try {
			return UUID.fromString(value(index));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("'after' is not a cursor of this list");
		}
	}

	private String value(int index) {
		if (index >= this.values.size()) {
			throw new BadRequestException("'after' is not a cursor of this list");
		}
		return this.values.get(index);
	}

}
