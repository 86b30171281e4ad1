package nl.werkplaatsen.platform.graphql;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A list's where clause holding only the filters given, with their named parameters.
 *
 * <p>
 * Written once with every filter as {@code (:x is null or ...)}, a list's statement keeps
 * no plan in PostgreSQL: a generic plan cannot drop the filters not given, so each page
 * was planned anew for its nulls, and on the intake list the planning took more of the
 * database's time than running the statement. Built from what is given, each combination
 * of filters is a statement of its own, planned once.
 */
public final class WhereClause {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, @Nullable Object> params = new HashMap<>();

	/** A condition every row must meet, with the parameter it names. */
	public WhereClause and(String condition, String name, Object value) {
		this.conditions.add(condition);
		this.params.put(name, value);
		return this;
	}

	/** A condition every row must meet, without parameters. */
	public WhereClause and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/** A condition only when its value is given (not null). */
	public WhereClause andIfGiven(String condition, String name, @Nullable Object value) {
		return (value != null) ? and(condition, name, value) : this;
	}

	/**
	 * The clause, {@code where} and the conditions joined by {@code and}; empty without
	 * any.
	 */
	public String sql() {
		return this.conditions.isEmpty() ? "" : "where " + String.join("\nand ", this.conditions);
	}

	/**
	 * A page newest first by {@code (created_at, id)}: these conditions and the rows
	 * before the page's cursor, ordered, one more than the page for its
	 * {@code hasNextPage}. The first page's cursor is a sentinel before every stored row,
	 * so first and later pages are one statement. This clause stays as it was, for the
	 * count.
	 */
	public Paged newestFirst(PageRequest page) {
		List<String> all = new ArrayList<>(this.conditions);
		all.add("(created_at, id) < (cast(:beforeTime as timestamptz), cast(:beforeId as uuid))");
		Map<String, @Nullable Object> params = params();
		params.put("beforeTime", Timestamp.from(page.instantBefore(0)));
		params.put("beforeId", page.idBefore(1));
		params.put("limit", page.limitPlusOne());
		return new Paged("where " + String.join("\nand ", all) + "\norder by created_at desc, id desc limit :limit",
				params);
	}

	/**
	 * A page's where clause, order and limit, and their parameters.
	 *
	 * @param sql what follows the table's name in the statement
	 * @param params the named parameters
	 */
	public record Paged(String sql, Map<String, @Nullable Object> params) {

	}

	/** The conditions' parameters, in a map of its own the page's can be added to. */
	public Map<String, @Nullable Object> params() {
		return new HashMap<>(this.params);
	}

}
