package nl.werkplaatsen.platform.graphql;

/**
 * Something the caller asked for that does not exist or that the caller may not know
 * exists: classified {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
