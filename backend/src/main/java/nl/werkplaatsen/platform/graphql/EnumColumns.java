package nl.werkplaatsen.platform.graphql;

import org.jspecify.annotations.Nullable;

/**
 * Enum values from the text columns SQL reads them from, for rows read straight into
 * records.
 */
public final class EnumColumns {

	private EnumColumns() {
	}

	/** The constant with this name, or null for a null column. */
	public static <E extends Enum<E>> @Nullable E valueOrNull(Class<E> type, @Nullable String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
