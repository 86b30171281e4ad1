package nl.werkplaatsen.platform.graphql;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A where clause holds the conditions given and only those, with their parameters.
 */
class WhereClauseTests {

	@Test
	void withoutConditionsThereIsNoClause() {
		assertThat(new WhereClause().andIfGiven("status = :status", "status", null).sql()).isEmpty();
	}

	@Test
	void aConditionWithoutItsValueIsLeftOut() {
		WhereClause where = new WhereClause().and("werkplaats_id = :werkplaats", "werkplaats", "w")
			.andIfGiven("status = :status", "status", null)
			.andIfGiven("theme = :theme", "theme", "DIGITAAL")
			.and("archived_at is null");

		assertThat(where.sql())
			.isEqualTo("where werkplaats_id = :werkplaats\nand theme = :theme\nand archived_at is null");
		assertThat(where.params()).containsExactlyInAnyOrderEntriesOf(Map.of("werkplaats", "w", "theme", "DIGITAAL"));
	}

	@Test
	void theParametersAreACopyAPageCanAddTo() {
		WhereClause where = new WhereClause().and("werkplaats_id = :werkplaats", "werkplaats", "w");

		where.params().put("limit", 51);

		assertThat(where.params()).containsOnlyKeys("werkplaats");
	}

	@Test
	void aNewestFirstPageAddsTheKeysetAndLimitAndLeavesTheClauseForTheCount() {
		WhereClause where = new WhereClause().and("werkplaats_id = :werkplaats", "werkplaats", "w");

		WhereClause.Paged first = where.newestFirst(PageRequest.of(20, null));

		assertThat(first.sql()).isEqualTo("where werkplaats_id = :werkplaats\n"
				+ "and (created_at, id) < (cast(:beforeTime as timestamptz), cast(:beforeId as uuid))\n"
				+ "order by created_at desc, id desc limit :limit");
		assertThat(first.params()).containsOnlyKeys("werkplaats", "beforeTime", "beforeId", "limit")
			.containsEntry("limit", 21);
		assertThat(where.sql()).isEqualTo("where werkplaats_id = :werkplaats");
		assertThat(where.params()).containsOnlyKeys("werkplaats");
	}

}
