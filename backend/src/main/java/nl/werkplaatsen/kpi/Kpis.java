package nl.werkplaatsen.kpi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.kpi.KpiFigures.Counts;
import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.tenancy.FigureScope;
import nl.werkplaatsen.platform.tenancy.ReplicaReads;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The national KPIs for a period or a series of periods: per werkplaats against its
 * ambition, their sum, and the national figure that counts an organisation and a student
 * once. Two statements whatever the number of werkplaatsen or periods: the figures, then
 * the werkplaatsen's names.
 */
@Service
class Kpis {

	private final ReplicaReads figures;

	private final WerkplaatsDirectory werkplaatsen;

	Kpis(ReplicaReads figures, WerkplaatsDirectory werkplaatsen) {
		this.figures = figures;
		this.werkplaatsen = werkplaatsen;
	}

	/**
	 * The KPIs of one period, for the werkplaatsen asked for (null: all the caller may).
	 */
	@Transactional(readOnly = true)
	KpiReport report(KpiPeriod period, @Nullable List<String> werkplaatsIds) {
		return reports(List.of(checked(period)), werkplaatsIds).getFirst();
	}

	/** The KPIs of each step of the period, in order. */
	@Transactional(readOnly = true)
	KpiSeries series(KpiPeriod period, KpiInterval interval, @Nullable List<String> werkplaatsIds) {
		List<KpiPeriod> steps = interval.split(checked(period));
		if (steps.size() > KpiInterval.MAX_STEPS) {
			throw new BadRequestException("A series has at most " + KpiInterval.MAX_STEPS + " steps; this one has "
					+ steps.size() + ": choose a longer interval or a shorter period");
		}
		return new KpiSeries(interval, reports(steps, werkplaatsIds));
	}

	private List<KpiReport> reports(List<KpiPeriod> periods, @Nullable List<String> werkplaatsIds) {
		FigureScope scope = FigureScope.ofCurrentCaller(werkplaatsIdsOf(werkplaatsIds), "KPIs");
		List<Row> rows = this.figures.read((jdbc) -> jdbc
			.sql("select * from kpi_figures(cast(:froms as date[]), cast(:tos as date[]), :werkplaatsen)")
			.param("froms", periods.stream().map((period) -> period.from().toString()).toArray(String[]::new))
			.param("tos", periods.stream().map((period) -> period.to().toString()).toArray(String[]::new))
			.param("werkplaatsen", scope.asArray())
			.query((result, number) -> Row.of(result))
			.list());
		Map<UUID, WerkplaatsNode> names = this.werkplaatsen
			.nodes(rows.stream().map(Row::werkplaatsId).filter(java.util.Objects::nonNull).distinct().toList());
		List<KpiReport> reports = new ArrayList<>();
		for (int index = 0; index < periods.size(); index++) {
			int period = index + 1;
			Counts sum = Counts.none();
			KpiFigures national = null;
			Map<UUID, WerkplaatsKpis> perWerkplaats = new LinkedHashMap<>();
			for (Row row : rows) {
				if (row.period() != period) {
					continue;
				}
				if (row.werkplaatsId() == null) {
					national = KpiFigures.of(row.counts(), scope.suppressSmallGroups());
					continue;
				}
				sum = sum.plus(row.counts());
				KpiFigures figures = KpiFigures.of(row.counts(), scope.suppressSmallGroups());
				perWerkplaats.put(row.werkplaatsId(), new WerkplaatsKpis(names.get(row.werkplaatsId()), figures,
						row.ambition(), (row.ambition() != null) ? row.ambition().realisedBy(figures) : null));
			}
			List<WerkplaatsKpis> sorted = perWerkplaats.values()
				.stream()
				.sorted(java.util.Comparator.comparing((WerkplaatsKpis kpis) -> kpis.werkplaats().getName()))
				.toList();
			reports.add(new KpiReport(periods.get(index),
					(national != null) ? national : KpiFigures.of(Counts.none(), scope.suppressSmallGroups()),
					KpiFigures.of(sum, scope.suppressSmallGroups()), sorted));
		}
		return reports;
	}

	private static KpiPeriod checked(KpiPeriod period) {
		if (period.reversed()) {
			throw new BadRequestException(
					"The period ends (" + period.to() + ") before it starts (" + period.from() + ")");
		}
		return period;
	}

	private static @Nullable List<UUID> werkplaatsIdsOf(@Nullable List<String> ids) {
		return (ids != null) ? ids.stream()
			.map((id) -> GlobalId.idOf(id, "Werkplaats")
				.orElseThrow(() -> new BadRequestException("'" + id + "' is not a werkplaats's id")))
			.toList() : null;
	}

	/** One row of {@code kpi_figures}. */
	private record Row(int period, @Nullable UUID werkplaatsId, Counts counts, @Nullable KpiAmbition ambition) {

		static Row of(ResultSet result) throws SQLException {
			Counts counts = new Counts(result.getLong("trajecten"), result.getLong("studenten"),
					result.getLong("trainingen"), result.getLong("organisaties"), result.getLong("reached"),
					result.getLong("anonymous_participations"), result.getLong("referrals_made"),
					result.getLong("referrals_accepted"), result.getLong("respondents"),
					new long[] { result.getLong("very_satisfied"), result.getLong("satisfied"),
							result.getLong("neutral"), result.getLong("dissatisfied") },
					result.getLong("continuing"), longs(result.getArray("steps")));
			int year = result.getInt("ambition_year");
			KpiAmbition ambition = result.wasNull() ? null
					: new KpiAmbition(year, result.getInt("reach_target"), result.getInt("trainings_target"),
							result.getInt("trajecten_target"), result.getInt("students_target"));
			return new Row(result.getInt("period"), result.getObject("werkplaats_id", UUID.class), counts, ambition);
		}

		private static long[] longs(Array array) throws SQLException {
			Object[] values = (Object[]) array.getArray();
			long[] longs = new long[values.length];
			for (int i = 0; i < values.length; i++) {
				longs[i] = ((Number) values[i]).longValue();
			}
			return longs;
		}

	}

	/**
	 * The KPIs of one period.
	 *
	 * @param period the days counted
	 * @param national the werkplaatsen counted together, each organisation and student
	 * once
	 * @param sumOfWerkplaatsen the werkplaatsen's figures added up
	 * @param werkplaatsen per werkplaats, by name
	 */
	record KpiReport(KpiPeriod period, KpiFigures national, KpiFigures sumOfWerkplaatsen,
			List<WerkplaatsKpis> werkplaatsen) {
	}

	/**
	 * One werkplaats's KPIs.
	 *
	 * @param werkplaats which
	 * @param figures its figures
	 * @param ambition its ambition for the year the period starts in; null when it has
	 * none
	 * @param realisation each figure as a percent of the ambition
	 */
	record WerkplaatsKpis(WerkplaatsNode werkplaats, KpiFigures figures, @Nullable KpiAmbition ambition,
			@Nullable KpiRealisation realisation) {
	}

	/**
	 * A KPI series.
	 *
	 * @param interval the steps
	 * @param points per step, its KPIs
	 */
	record KpiSeries(KpiInterval interval, List<KpiReport> points) {
	}

}
