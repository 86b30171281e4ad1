package nl.werkplaatsen.kpi;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a KPI series: calendar months, quarters or years, the first and last cut
 * to the period asked for.
 */
enum KpiInterval {

	/** Calendar months. */
	MONTH,

	/** Calendar quarters. */
	QUARTER,

	/** Calendar years. */
	YEAR;

	/**
	 * At most this many steps in one series, so one request stays one cheap statement.
	 */
	static final int MAX_STEPS = 240;

	/** The periods of this interval that cover the given period, in order. */
	List<KpiPeriod> split(KpiPeriod period) {
		List<KpiPeriod> steps = new ArrayList<>();
		LocalDate from = period.from();
		while (!from.isAfter(period.to())) {
			LocalDate end = lastDayOf(from);
			LocalDate to = end.isAfter(period.to()) ? period.to() : end;
			steps.add(new KpiPeriod(from, to));
			from = to.plusDays(1);
		}
		return steps;
	}

	private LocalDate lastDayOf(LocalDate day) {
		return switch (this) {
			case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
			case QUARTER -> {
				int lastMonth = day.get(IsoFields.QUARTER_OF_YEAR) * 3;
				LocalDate month = day.withMonth(lastMonth);
				yield month.withDayOfMonth(month.lengthOfMonth());
			}
			case YEAR -> day.withDayOfYear(day.lengthOfYear());
		};
	}

}
