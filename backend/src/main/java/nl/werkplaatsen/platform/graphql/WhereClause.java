package nl.werkplaatsen.platform.graphql;

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

	/** The conditions' parameters, in a map of its own the page's can be added to. */
	public Map<String, @Nullable Object> params() {
		return new HashMap<>(this.params);
	}

}
