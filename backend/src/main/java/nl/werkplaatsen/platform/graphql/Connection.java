package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection: one page of nodes with their cursors, page info and the total
 * count.
 *
 * @param <T> the node type
 * @param edges the nodes with their cursors
 * @param pageInfo where this page is
 * @param totalCount how many nodes the whole list has, if the client asked (counted only
 * then)
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, @Nullable Long totalCount) {

	/** The nodes of this page, without cursors. */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/**
	 * Builds a page from rows fetched with one row more than asked for, which tells
	 * whether a next page exists; the total count is counted (in the caller's
	 * transaction, now) only if the client asked for it.
	 */
	public static <T> Connection<T> of(List<T> rowsPlusOne, PageRequest page, LongSupplier totalCount,
			Function<T, KeysetCursor> cursorOf) {
		return of(rowsPlusOne, page, page.count(totalCount), cursorOf);
	}

	/** A page whose total count, if asked for, is already known. */
	public static <T> Connection<T> of(List<T> rowsPlusOne, PageRequest page, @Nullable Long totalCount,
			Function<T, KeysetCursor> cursorOf) {
		boolean hasNext = rowsPlusOne.size() > page.first();
		List<T> rows = hasNext ? rowsPlusOne.subList(0, page.first()) : rowsPlusOne;
		List<Edge<T>> edges = rows.stream().map((row) -> new Edge<>(cursorOf.apply(row).encode(), row)).toList();
		PageInfo pageInfo = new PageInfo(hasNext, page.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/** Maps the nodes, keeping cursors and page info. */
	public <R> Connection<R> map(Function<T, R> mapper) {
		return new Connection<>(
				this.edges.stream().map((edge) -> new Edge<>(edge.cursor(), mapper.apply(edge.node()))).toList(),
				this.pageInfo, this.totalCount);
	}

	/**
	 * A node with its cursor.
	 *
	 * @param <T> the node type
	 * @param cursor the opaque keyset cursor
	 * @param node the node
	 */
	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * Where a page is in its list.
	 *
	 * @param hasNextPage whether more nodes follow
	 * @param hasPreviousPage whether nodes precede this page
	 * @param startCursor the cursor of the first node
	 * @param endCursor the cursor of the last node
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage,
			@org.jspecify.annotations.Nullable String startCursor,
			@org.jspecify.annotations.Nullable String endCursor) {
	}

}
