package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
		// Most pages are asked for nodes only: a cursor is encoded when a client asks.
		List<Edge<T>> edges = rows.stream().map((row) -> new Edge<>(row, () -> cursorOf.apply(row).encode())).toList();
		PageInfo pageInfo = new PageInfo(hasNext, page.after() != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/** Maps the nodes, keeping cursors and page info. */
	public <R> Connection<R> map(Function<T, R> mapper) {
		return new Connection<>(
				this.edges.stream().map((edge) -> new Edge<>(mapper.apply(edge.node()), edge.encoded)).toList(),
				this.pageInfo, this.totalCount);
	}

	/**
	 * A node with its cursor, encoded when asked for.
	 *
	 * @param <T> the node type
	 */
	public static final class Edge<T> {

		private final T node;

		private final Supplier<String> encoded;

		Edge(T node, Supplier<String> encoded) {
			this.node = node;
			this.encoded = encoded;
		}

		/** The node. */
		public T node() {
			return this.node;
		}

		/** The opaque keyset cursor of the node. */
		public String cursor() {
			return this.encoded.get();
		}

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
