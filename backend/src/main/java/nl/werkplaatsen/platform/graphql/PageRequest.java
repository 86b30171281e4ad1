package nl.werkplaatsen.platform.graphql;

import org.jspecify.annotations.Nullable;

/**
 * A validated request for one page of a connection: at most {@value #MAX_PAGE_SIZE} nodes
 * after a keyset cursor.
 *
 * @param first how many nodes
 * @param after the cursor to continue after, if any
 */
public record PageRequest(int first, @Nullable KeysetCursor after) {

	/** The largest page a client may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	/** The page size when a client asks for none. */
	public static final int DEFAULT_PAGE_SIZE = 20;

	/** Validates the connection arguments; a bad value is a BAD_REQUEST refusal. */
	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		int size = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("'first' must be between 0 and " + MAX_PAGE_SIZE);
		}
		return new PageRequest(size, (after != null) ? KeysetCursor.decode(after) : null);
	}

	/**
	 * How many rows to fetch: one more than the page, to know whether a next page exists.
	 */
	public int limitPlusOne() {
		return this.first + 1;
	}

}
