package nl.werkplaatsen.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.intake.IntakeInputs.IntakeFilter;
import nl.werkplaatsen.platform.graphql.WhereClause;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake list's statement holds only the filters given, so that an unfiltered page is
 * one statement PostgreSQL plans once (the filters' results: {@code IntakeApiTests}).
 */
class IntakeListQueryTests {

	private static final UUID WERKPLAATS = UUID.fromString("2e7e1340-585f-4e49-8d0e-868d44636e82");

	@Test
	void anUnfilteredPageIsTheWerkplaatsAlone() {
		WhereClause query = IntakeService.listWhere(IntakeFilter.NONE, WERKPLAATS);

		assertThat(query.sql()).isEqualTo("where werkplaats_id = :werkplaats");
		assertThat(query.params()).containsExactly(java.util.Map.entry("werkplaats", WERKPLAATS));
	}

	@Test
	void anEmptyStatusListOrABlankSearchFiltersNothing() {
		WhereClause query = IntakeService.listWhere(new IntakeFilter(List.of(), null, null, null, null, null, "  "),
				WERKPLAATS);

		assertThat(query.sql()).isEqualTo("where werkplaats_id = :werkplaats");
	}

	@Test
	void eachFilterGivenAddsItsClauseAndParameterAndNoneIsLeftOpen() {
		WhereClause query = IntakeService
			.listWhere(new IntakeFilter(List.of(IntakeStatus.NEW, IntakeStatus.MATCHED), Theme.values()[0],
					"not-a-global-id", AcademicPeriod.values()[0], OffsetDateTime.parse("2026-01-01T00:00:00+01:00"),
					OffsetDateTime.parse("2026-02-01T00:00:00+01:00"), " bakkerij "), WERKPLAATS);

		assertThat(query.sql()).doesNotContain("is null")
			.contains("status = any(", "= any(themes)", "assignee_id =", "wanted_period =", "submitted_at >=",
					"submitted_at <", "reference ilike");
		assertThat(query.params()).containsEntry("statuses", "NEW,MATCHED")
			.containsEntry("theme", Theme.values()[0].name())
			.containsEntry("assignee", new UUID(0, 0))
			.containsEntry("period", AcademicPeriod.values()[0].name())
			.containsEntry("search", "%bakkerij%")
			.containsKeys("fromTime", "beforeTime");
	}

}
