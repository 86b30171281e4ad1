package nl.werkplaatsen.ecosystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * The Regioscan's figures as one aggregation over the active initiatives' activities, in
 * SQL: activities and distinct initiatives per combination of dimensions, the known reach
 * summed, and each combination's share of its group rounded half up to a whole percent,
 * as the report rounds.
 */
@Service
class EcosystemStatistics {

	private static final String ALL_SECTORS = "ALL";

	private final JdbcClient jdbc;

	EcosystemStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row per combination of the grouped dimensions that occurs, in the typologies'
	 * order.
	 * @param groupBy the dimensions, at least one, each once
	 * @param percentWithin the dimension whose groups the percentages are shares of; one
	 * of {@code groupBy}, or null for shares of all activities
	 * @param filter narrows the activities counted
	 */
	@Transactional(readOnly = true)
	List<StatisticsRow> rows(List<EcosystemDimension> groupBy, @Nullable EcosystemDimension percentWithin,
			@Nullable StatisticsFilter filter) {
		List<EcosystemDimension> dimensions = List.copyOf(new LinkedHashSet<>(groupBy));
		if (dimensions.isEmpty()) {
			throw new BadRequestException("groupBy needs at least one dimension");
		}
		if (percentWithin != null && !dimensions.contains(percentWithin)) {
			throw new BadRequestException("percentWithin must be one of the groupBy dimensions");
		}
		Map<String, @Nullable Object> params = new HashMap<>();
		String where = where((filter != null) ? filter : StatisticsFilter.NONE, params);
		// An activity for several sectors counts once in each; for all sectors, under
		// ALL.
		String sectors = dimensions.contains(EcosystemDimension.SECTOR) ? """
				cross join lateral unnest(case when cardinality(a.sectors) = 0 then array['%s']::varchar[]
				  else a.sectors::varchar[] end) as sector(section)""".formatted(ALL_SECTORS) : "";
		String selected = dimensions.stream()
			.map((dimension) -> dimension.column() + " as " + dimension.alias())
			.collect(Collectors.joining(", "));
		String aliases = dimensions.stream().map(EcosystemDimension::alias).collect(Collectors.joining(", "));
		String ordered = dimensions.stream()
			.map((dimension) -> dimension.order() + " nulls last")
			.collect(Collectors.joining(", "));
		// A share's whole is the distinct activities of its group, not the sum of the
		// group's rows: with SECTOR grouped, an activity for two sectors is in two rows.
		String wholes = (percentWithin != null) ? """
				select %1$s as within_value, count(distinct id) as whole from base group by %1$s"""
			.formatted(percentWithin.alias()) : "select count(distinct id) as whole from base";
		String joinWhole = (percentWithin != null)
				? "left join wholes w on w.within_value is not distinct from g.%s".formatted(percentWithin.alias())
				: "cross join wholes w";
		String sql = """
				with base as (
				  select %s, a.id, a.initiative_id, a.reach
				  from ecosystem_activity a join initiative i on i.id = a.initiative_id and i.archived_at is null
				  %s %s),
				wholes as (%s)
				select g.*, round(100 * g.activities::numeric / nullif(w.whole, 0)) as percent
				from (select %s, count(distinct id) as activities, count(distinct initiative_id) as initiatives,
				  coalesce(sum(reach), 0) as reach, count(reach) as reach_known from base group by %s) g
				%s
				order by %s""".formatted(selected, sectors, where, wholes, aliases, aliases, joinWhole, ordered);
		return this.jdbc.sql(sql)
			.params(params)
			.query((row, number) -> new StatisticsRow(value(row, dimensions, EcosystemDimension.ARCHETYPE),
					value(row, dimensions, EcosystemDimension.PROVINCE),
					value(row, dimensions, EcosystemDimension.MATURITY),
					value(row, dimensions, EcosystemDimension.REACH_CLASS),
					value(row, dimensions, EcosystemDimension.EFFORT_CLASS),
					value(row, dimensions, EcosystemDimension.DIGITALISATION_FORM),
					value(row, dimensions, EcosystemDimension.OBSTACLE),
					value(row, dimensions, EcosystemDimension.SECTOR), row.getInt("activities"),
					row.getInt("initiatives"), row.getLong("reach"), row.getInt("reach_known"), row.getInt("percent")))
			.list();
	}

	private static @Nullable String value(java.sql.ResultSet row, List<EcosystemDimension> grouped,
			EcosystemDimension dimension) throws java.sql.SQLException {
		return grouped.contains(dimension) ? row.getString(dimension.alias()) : null;
	}

	private static String where(StatisticsFilter filter, Map<String, @Nullable Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		if (filter.province() != null) {
			conditions.add("a.province = :province");
			params.put("province", filter.province().name());
		}
		if (filter.archetype() != null) {
			conditions.add("a.archetype = :archetype");
			params.put("archetype", filter.archetype().name());
		}
		if (filter.maturity() != null) {
			conditions.add("a.maturity = :maturity");
			params.put("maturity", filter.maturity().name());
		}
		if (filter.obstacle() != null) {
			conditions.add("a.obstacle = :obstacle");
			params.put("obstacle", filter.obstacle().name());
		}
		if (filter.digitalisationForm() != null) {
			conditions.add("a.digitalisation_form = :form");
			params.put("form", filter.digitalisationForm().name());
		}
		if (filter.sector() != null) {
			String sector = filter.sector().strip().toUpperCase(java.util.Locale.ROOT);
			if (sector.equals(ALL_SECTORS)) {
				conditions.add("cardinality(a.sectors) = 0");
			}
			else if (sector.length() == 1 && ImportReader.SBI_SECTIONS.contains(sector)) {
				conditions.add("cast(:sector as varchar) = any(a.sectors)");
				params.put("sector", sector);
			}
			else {
				throw new BadRequestException("sector must be an SBI section letter (A to U) or ALL");
			}
		}
		return "where " + String.join(" and ", conditions);
	}

	/**
	 * One combination of dimensions: the grouped ones set (null when unknown), the others
	 * null.
	 *
	 * @param archetype the archetype's name
	 * @param province the province's name
	 * @param maturity the maturity's name
	 * @param reachClass the reach class's name
	 * @param effortClass the effort class's name
	 * @param digitalisationForm the form's name
	 * @param obstacle the knelpunt's name
	 * @param sector the SBI section letter or ALL
	 * @param activities how many activities
	 * @param initiatives how many distinct initiatives they belong to
	 * @param reach their known reach summed
	 * @param reachKnown how many have a known reach
	 * @param percent their share of the group, rounded half up
	 */
	record StatisticsRow(@Nullable String archetype, @Nullable String province, @Nullable String maturity,
			@Nullable String reachClass, @Nullable String effortClass, @Nullable String digitalisationForm,
			@Nullable String obstacle, @Nullable String sector, int activities, int initiatives, long reach,
			int reachKnown, int percent) {
	}

	/**
	 * Narrows the activities the statistics count: all given conditions hold.
	 *
	 * @param province activities in this province
	 * @param archetype of this archetype
	 * @param maturity for this maturity
	 * @param obstacle for this knelpunt
	 * @param digitalisationForm of this form of digitalisation
	 * @param sector for this SBI section, or ALL for those for every sector
	 */
	record StatisticsFilter(@Nullable Province province, @Nullable ActivityArchetype archetype,
			@Nullable EcosystemMaturity maturity, @Nullable Obstacle obstacle,
			@Nullable DigitalisationForm digitalisationForm, @Nullable String sector) {

		static final StatisticsFilter NONE = new StatisticsFilter(null, null, null, null, null, null);

	}

}
