package nl.werkplaatsen.platform.tenancy;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracing handlers' auto-configuration is left out exactly when OpenTelemetry is off.
 */
class UntracedWithoutOpenTelemetryTests {

	private static final String OTHER = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

	private static final String[] CANDIDATES = { OTHER, UntracedWithoutOpenTelemetry.TRACING_HANDLERS, null };

	@Test
	void withOpenTelemetryOffTheTracingHandlersAreLeftOut() {
		assertThat(filter("false").match(CANDIDATES, null)).containsExactly(true, false, true);
	}

	@Test
	void withOpenTelemetryOnEverythingIsKept() {
		assertThat(filter("true").match(CANDIDATES, null)).containsExactly(true, true, true);
	}

	@Test
	void openTelemetryIsOnUnlessSwitchedOff() {
		assertThat(filter(null).match(CANDIDATES, null)).containsExactly(true, true, true);
	}

	private static UntracedWithoutOpenTelemetry filter(String enabled) {
		MockEnvironment environment = new MockEnvironment();
		if (enabled != null) {
			environment.setProperty("management.opentelemetry.enabled", enabled);
		}
		UntracedWithoutOpenTelemetry filter = new UntracedWithoutOpenTelemetry();
		filter.setEnvironment(environment);
		return filter;
	}

}
