package nl.werkplaatsen.platform.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * A validated request for one page of a connection: at most {@value #MAX_PAGE_SIZE} nodes
 * after a keyset cursor.
 *
 * @param first how many nodes
 * @param after the cursor to continue after, if any
 * @param countWanted whether the client asked for the list's total count
 */
public record PageRequest(int first, @Nullable KeysetCursor after, boolean countWanted) {

	/** The largest page a client may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	/** The page size when a client asks for none. */
	public static final int DEFAULT_PAGE_SIZE = 20;

	private static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

	private static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

	private static final UUID HIGHEST_ID = new UUID(-1L, -1L);

	/**
	 * Validates the connection arguments; a bad value is a BAD_REQUEST refusal. The total
	 * count is counted only if the connection's selection asks for it.
	 */
	public static PageRequest of(@Nullable Integer first, @Nullable String after, DataFetchingEnvironment field) {
		Map<String, FragmentDefinition> fragments = field.getFragmentsByName();
		boolean countWanted = field.getMergedField()
			.getFields()
			.stream()
			.anyMatch((merged) -> selects(merged.getSelectionSet(), "totalCount", fragments));
		return of(first, after, countWanted);
	}

	/**
	 * Validates the connection arguments, for a page whose total count is always wanted.
	 */
	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		return of(first, after, true);
	}

	private static PageRequest of(@Nullable Integer first, @Nullable String after, boolean countWanted) {
		int size = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("first", "'first' must be between 0 and " + MAX_PAGE_SIZE);
		}
		return new PageRequest(size, (after != null) ? KeysetCursor.decode(after) : null, countWanted);
	}

	// The field's own selections, through fragments, read from the document:
	// graphql-java's DataFetchingFieldSelectionSet would normalise the whole operation
	// to answer this (2.5 % of a nested list's CPU). A count under @skip is still
	// counted.
	private static boolean selects(@Nullable SelectionSet selections, String name,
			Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean found = switch (selection) {
				case Field field -> field.getName().equals(name);
				case InlineFragment inline -> selects(inline.getSelectionSet(), name, fragments);
				case FragmentSpread spread -> {
					FragmentDefinition fragment = fragments.get(spread.getName());
					yield fragment != null && selects(fragment.getSelectionSet(), name, fragments);
				}
				default -> false;
			};
			if (found) {
				return true;
			}
		}
		return false;
	}

	/** The total count if the client asked for it: counted only then. */
	public @Nullable Long count(LongSupplier count) {
		return this.countWanted ? count.getAsLong() : null;
	}

	/**
	 * For lists newest first: the instant to continue before, later than any stored one
	 * on the first page.
	 */
	public Instant instantBefore(int index) {
		return (this.after != null) ? this.after.instant(index) : LATEST_INSTANT;
	}

	/**
	 * For lists newest first: the date to continue before, later than any stored one on
	 * the first page (PostgreSQL's dates end in 5874897 AD).
	 */
	public LocalDate dateBefore(int index) {
		return (this.after != null) ? this.after.date(index) : LATEST_DATE;
	}

	/**
	 * For lists newest first: the id to continue before, above every id on the first
	 * page.
	 */
	public UUID idBefore(int index) {
		return (this.after != null) ? this.after.uuid(index) : HIGHEST_ID;
	}

	/**
	 * How many rows to fetch: one more than the page, to know whether a next page exists.
	 */
	public int limitPlusOne() {
		return this.first + 1;
	}

}
