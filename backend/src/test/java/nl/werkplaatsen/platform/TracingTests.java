package nl.werkplaatsen.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an OTLP endpoint configured, requests are traced and each request's span carries
 * its request id and the werkplaats it acted for (the OTLP exporter is there; an
 * in-memory one beside it shows what is sent).
 */
@PlatformTest
@TestPropertySource(
		properties = { "management.opentelemetry.enabled=true", "management.tracing.sampling.probability=1.0",
				"management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:9/v1/traces",
				"management.opentelemetry.tracing.export.schedule-delay=50ms" })
class TracingTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	InMemorySpanExporter spans;

	@Autowired
	ApplicationContext context;

	@Test
	void aRequestsSpanCarriesItsRequestIdAndWerkplaats() {
		assertThat(this.context.getBeansOfType(OtlpHttpSpanExporter.class)).hasSize(1);

		this.graphQl.executeWithHeaders(Map.of("X-Request-Id", "trace-me-1"), WOO_COORDINATOR,
				"{ intakes(first: 1) { nodes { id } } }", Map.of());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<SpanData> traced = this.spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> "trace-me-1"
					.equals(span.getAttributes().get(AttributeKey.stringKey("werkplaats.request_id"))))
				.toList();
			assertThat(traced).singleElement()
				.satisfies((span) -> assertThat(span.getAttributes().get(AttributeKey.stringKey("werkplaats.slug")))
					.isEqualTo("werkplaats-online-ondernemen"));
		});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Exporters {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

}
