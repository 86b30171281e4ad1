package nl.werkplaatsen.platform.tenancy;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the request id and the werkplaats a request acted for on its server observation,
 * as high-cardinality values: they reach the trace's span (and so the OTLP backend),
 * never the metrics' tags.
 */
@Component
class RequestSpanAttributes implements ObservationFilter {

	static final String REQUEST_ID = "werkplaats.request_id";

	static final String WERKPLAATS = "werkplaats.slug";

	@Override
	public Observation.Context map(Observation.Context context) {
		if (context instanceof ServerRequestObservationContext server) {
			HttpServletRequest request = server.getCarrier();
			if (request.getAttribute(RequestIdFilter.ATTRIBUTE) instanceof String requestId) {
				context.addHighCardinalityKeyValue(KeyValue.of(REQUEST_ID, requestId));
			}
			if (request.getAttribute(ActorResolutionFilter.WERKPLAATS_ATTRIBUTE) instanceof String werkplaats) {
				context.addHighCardinalityKeyValue(KeyValue.of(WERKPLAATS, werkplaats));
			}
		}
		return context;
	}

}
