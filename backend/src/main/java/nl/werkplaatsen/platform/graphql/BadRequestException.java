package nl.werkplaatsen.platform.graphql;

/**
 * A request the API refuses as malformed: classified {@code BAD_REQUEST}, message shown
 * as is.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
