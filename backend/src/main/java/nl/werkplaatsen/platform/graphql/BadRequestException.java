package nl.werkplaatsen.platform.graphql;

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses as malformed: classified {@code BAD_REQUEST}, message shown
 * as is, and the argument at fault named in the error's {@code extensions.argument} when
 * one is.
 */
public class BadRequestException extends RuntimeException {

	private final @Nullable String argument;

	public BadRequestException(String message) {
		this(null, message);
	}

	/** A refusal of the named argument's value. */
	public BadRequestException(@Nullable String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument at fault, if a single one is. */
	public @Nullable String argument() {
		return this.argument;
	}

}
