package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

/**
 * A page of entities read by SQL in one statement: for keyset lists whose filters only
 * SQL says well (views, arrays, {@code exists}), without first reading ids and then
 * loading the rows.
 */
public final class EntityRows {

	private EntityRows() {
	}

	/**
	 * The entities the query's rows are; the query selects every column of the entity's
	 * table, and every parameter it names is given.
	 */
	@SuppressWarnings("unchecked")
	public static <T> List<T> query(EntityManager entityManager, Class<T> type, String sql,
			Map<String, ? extends @Nullable Object> params) {
		Query query = entityManager.createNativeQuery(sql, type);
		params.forEach(query::setParameter);
		return query.getResultList();
	}

}
