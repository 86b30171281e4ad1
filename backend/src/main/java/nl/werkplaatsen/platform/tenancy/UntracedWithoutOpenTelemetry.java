package nl.werkplaatsen.platform.tenancy;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Micrometer Tracing's observation handlers out while OpenTelemetry is off (no
 * tracing endpoint given).
 *
 * <p>
 * {@code management.opentelemetry.enabled=false} only makes the spans no-op ones: Spring
 * Boot still registers the tracing handlers, and every observed request read its
 * propagation headers, built a span through the bridge and tagged it, for nothing (2.6 %
 * of a nested list's CPU). The handlers come from one auto-configuration, so it is the
 * one left out; with OpenTelemetry on, nothing is filtered. Registered in
 * {@code META-INF/spring.factories}, as auto-configuration import filters are.
 */
final class UntracedWithoutOpenTelemetry implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String TRACING_HANDLERS = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
		boolean tracing = this.environment.getProperty("management.opentelemetry.enabled", Boolean.class, true);
		boolean[] matches = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			// An earlier filter's leftovers are null here.
			matches[i] = tracing || !TRACING_HANDLERS.equals(candidates[i]);
		}
		return matches;
	}

}
