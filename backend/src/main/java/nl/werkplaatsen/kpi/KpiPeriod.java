package nl.werkplaatsen.kpi;

import java.time.LocalDate;

/**
 * The days a KPI counts, both inclusive.
 *
 * @param from the first day
 * @param to the last day
 */
record KpiPeriod(LocalDate from, LocalDate to) {

	/** Whether the period ends before it starts. */
	boolean reversed() {
		return this.to.isBefore(this.from);
	}

}
