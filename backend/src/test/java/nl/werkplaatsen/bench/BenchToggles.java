package nl.werkplaatsen.bench;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the benchmark switches in the running platform: every observation (metrics and
 * traces of requests, GraphQL and the rest) on or off, to measure what observing costs.
 */
@Configuration(proxyBeanMethods = false)
class BenchToggles {

	private static final AtomicBoolean observing = new AtomicBoolean(true);

	static void observe(boolean on) {
		observing.set(on);
	}

	@Bean
	ObservationPredicate benchObservations() {
		return (name, context) -> observing.get();
	}

}
