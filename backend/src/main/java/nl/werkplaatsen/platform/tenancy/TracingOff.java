package nl.werkplaatsen.platform.tenancy;

import io.micrometer.tracing.Tracer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer's no-op tracer while OpenTelemetry is off (no tracing endpoint): Spring Boot
 * would otherwise bridge every observation to OpenTelemetry's no-op API, a span object, a
 * scope and a log-context update per request for a trace nobody receives. The tracing
 * observation handlers themselves are left out by {@link UntracedWithoutOpenTelemetry}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "management.opentelemetry.enabled", havingValue = false)
class TracingOff {

	@Bean
	Tracer noopTracer() {
		return Tracer.NOOP;
	}

}
