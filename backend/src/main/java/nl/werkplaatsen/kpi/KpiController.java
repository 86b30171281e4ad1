package nl.werkplaatsen.kpi;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The national KPIs in the GraphQL API: one period, or a series for trends.
 */
@Controller
class KpiController {

	private final Kpis kpis;

	KpiController(Kpis kpis) {
		this.kpis = kpis;
	}

	@QueryMapping
	Kpis.KpiReport kpis(@Argument KpiPeriod period, @Argument @Nullable List<String> werkplaatsIds) {
		return this.kpis.report(period, werkplaatsIds);
	}

	@QueryMapping
	Kpis.KpiSeries kpiSeries(@Argument KpiPeriod period, @Argument KpiInterval interval,
			@Argument @Nullable List<String> werkplaatsIds) {
		return this.kpis.series(period, interval, werkplaatsIds);
	}

}
