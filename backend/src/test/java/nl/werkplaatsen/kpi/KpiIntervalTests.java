package nl.werkplaatsen.kpi;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A series's steps: calendar months, quarters and years, the first and last cut to the
 * period.
 */
class KpiIntervalTests {

	@Test
	void monthsAreCutToThePeriodAndKnowLeapYears() {
		assertThat(KpiInterval.MONTH.split(period("2024-01-15", "2024-03-10"))).containsExactly(
				period("2024-01-15", "2024-01-31"), period("2024-02-01", "2024-02-29"),
				period("2024-03-01", "2024-03-10"));
	}

	@Test
	void quartersAndYearsFollowTheCalendar() {
		assertThat(KpiInterval.QUARTER.split(period("2023-11-01", "2024-07-01"))).containsExactly(
				period("2023-11-01", "2023-12-31"), period("2024-01-01", "2024-03-31"),
				period("2024-04-01", "2024-06-30"), period("2024-07-01", "2024-07-01"));
		assertThat(KpiInterval.YEAR.split(period("2020-01-01", "2021-12-31")))
			.containsExactly(period("2020-01-01", "2020-12-31"), period("2021-01-01", "2021-12-31"));
	}

	@Test
	void aSingleDayIsOneStep() {
		assertThat(KpiInterval.YEAR.split(period("2022-06-01", "2022-06-01")))
			.containsExactly(period("2022-06-01", "2022-06-01"));
	}

	private static KpiPeriod period(String from, String to) {
		return new KpiPeriod(LocalDate.parse(from), LocalDate.parse(to));
	}

}
