package nl.werkplaatsen.education;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.werkplaatsen.taxonomy.AcademicPeriod;

/**
 * The academic calendar: when each period of an academic year runs, and which period a
 * date falls in.
 */
@Service
public class AcademicCalendar {

	private final JdbcClient jdbc;

	private final Clock clock;

	AcademicCalendar(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The periods of an academic year (e.g. {@code 2026-2027}); the current year when
	 * null.
	 */
	public List<PeriodDates> year(@Nullable String academicYear) {
		String year = (academicYear != null) ? academicYear : currentYear();
		return this.jdbc
			.sql("select academic_year, period, starts_on, ends_on from academic_calendar where academic_year = ? "
					+ "order by starts_on")
			.param(year)
			.query((row, index) -> new PeriodDates(row.getString(1), AcademicPeriod.valueOf(row.getString(2)),
					row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)))
			.list();
	}

	/** The period a date falls in, if the calendar covers it. */
	public Optional<AcademicPeriod> periodOn(LocalDate date) {
		return this.jdbc.sql("select period from academic_calendar where ? between starts_on and ends_on")
			.param(date)
			.query(String.class)
			.optional()
			.map(AcademicPeriod::valueOf);
	}

	private String currentYear() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Amsterdam"));
		int start = (today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1;
		return start + "-" + (start + 1);
	}

	/**
	 * One period of an academic year.
	 *
	 * @param academicYear e.g. {@code 2026-2027}
	 * @param period the period
	 * @param startsOn its first day
	 * @param endsOn its last day
	 */
	public record PeriodDates(String academicYear, AcademicPeriod period, LocalDate startsOn, LocalDate endsOn) {
	}

}
