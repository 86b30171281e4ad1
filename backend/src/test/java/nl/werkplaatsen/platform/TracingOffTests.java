package nl.werkplaatsen.platform;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationHandlerGroup;
import org.springframework.context.ApplicationContext;

import nl.werkplaatsen.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a tracing endpoint no span is made: OpenTelemetry is off and the tracer is
 * Micrometer's no-op one, and no tracing handler is registered with the observations, so
 * a request pays nothing for tracing it does not export.
 */
@PlatformTest
class TracingOffTests {

	@Autowired
	ApplicationContext context;

	@Test
	void withoutAnEndpointNothingIsTraced() {
		assertThat(this.context.getBeansOfType(SdkTracerProvider.class)).isEmpty();
		assertThat(this.context.getBeansOfType(Tracer.class).values())
			.allSatisfy((tracer) -> assertThat(tracer.nextSpan().isNoop()).as("a span from %s", tracer).isTrue());
	}

	@Test
	void withoutAnEndpointNoObservationGoesThroughATracingHandler() {
		assertThat(this.context.getBeansOfType(TracingObservationHandler.class)).isEmpty();
		assertThat(this.context.getBeansOfType(ObservationHandlerGroup.class).values())
			.noneSatisfy((group) -> assertThat(group.getClass().getName()).containsIgnoringCase("tracing"));
	}

}
