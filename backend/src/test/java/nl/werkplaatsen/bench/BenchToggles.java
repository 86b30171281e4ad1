package nl.werkplaatsen.bench;

import java.io.IOException;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the benchmark switches in the running platform, request by request: a request with
 * the header {@code Bench-Observation: off} is not observed at all (no metrics, no traces
 * of the request, its GraphQL or anything else), to measure what observing costs.
 *
 * <p>
 * Per request, so that observed and unobserved requests are timed in the same seconds:
 * switched for the whole platform between runs, the same list's p50 moved from 4.2 to 6.7
 * ms within minutes on this machine, far more than the few per cent being measured.
 */
@Configuration(proxyBeanMethods = false)
class BenchToggles {

	static final String HEADER = "Bench-Observation";

	private static final ThreadLocal<Boolean> unobserved = ThreadLocal.withInitial(() -> false);

	@Bean
	ObservationPredicate benchObservations() {
		return (name, context) -> !unobserved.get();
	}

	/**
	 * Before the platform's first observation (the HTTP server's, one order later), and
	 * on the request's thread, where the whole GraphQL request runs.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchObservationSwitch() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						unobserved.set("off".equals(request.getHeader(HEADER)));
						try {
							chain.doFilter(request, response);
						}
						finally {
							unobserved.remove();
						}
					}

				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
