package nl.werkplaatsen.kpi;

import org.jspecify.annotations.Nullable;

/**
 * Each figure as a percent of its ambition, rounded half up; null where the target is 0.
 *
 * @param bereik the reach realised
 * @param trainingen the trainings realised
 * @param trajecten the trajecten realised
 * @param studenten the students realised
 */
record KpiRealisation(@Nullable Integer bereik, @Nullable Integer trainingen, @Nullable Integer trajecten,
		@Nullable Integer studenten) {
}
