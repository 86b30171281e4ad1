package nl.werkplaatsen.platform.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of children for each of many parents (the registrations of each event in a list,
 * each werkplaats's team), read together from a batch loader: the parents that ask for
 * the same page — the usual case, the first page of every item in a list — share one read
 * of their rows and, when asked for, their counts.
 */
public final class PagesPerParent {

	private PagesPerParent() {
	}

	/**
	 * The page each one asked for.
	 * @param <A> what a batch loader is asked: a parent and a page
	 * @param <T> the children
	 * @param asked the pages asked for
	 * @param parentOf the parent a page is asked for
	 * @param pageOf the page asked for
	 * @param read the rows of one page for the given parents (at most
	 * {@link PageRequest#limitPlusOne()} per parent) and, if the page wants them, the
	 * parents' counts
	 * @param parentOfRow the parent of a child
	 * @param cursorOf a child's cursor
	 * @return per asked page, its connection
	 */
	public static <A, T> Map<A, Connection<T>> read(Collection<A> asked, Function<A, UUID> parentOf,
			Function<A, PageRequest> pageOf, BiFunction<PageRequest, List<UUID>, Rows<T>> read,
			Function<T, UUID> parentOfRow, Function<T, KeysetCursor> cursorOf) {
		Map<A, Connection<T>> result = new HashMap<>();
		asked.stream().collect(Collectors.groupingBy(pageOf)).forEach((page, same) -> {
			List<UUID> parents = same.stream().map(parentOf).distinct().toList();
			Rows<T> rows = read.apply(page, parents);
			Map<UUID, List<T>> byParent = rows.rows().stream().collect(Collectors.groupingBy(parentOfRow));
			for (A one : same) {
				UUID parent = parentOf.apply(one);
				result.put(one, Connection.of(byParent.getOrDefault(parent, List.of()), page,
						page.countWanted() ? rows.counts().getOrDefault(parent, 0L) : null, cursorOf));
			}
		});
		return result;
	}

	/**
	 * What one read returns.
	 *
	 * @param <T> the children
	 * @param rows the page's rows of every parent
	 * @param counts each parent's number of children; empty when the page wants no count
	 */
	public record Rows<T>(List<T> rows, Map<UUID, Long> counts) {
	}

}
