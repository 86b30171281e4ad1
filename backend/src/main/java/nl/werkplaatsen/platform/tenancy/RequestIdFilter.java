package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id — the caller's {@code X-Request-Id} when it is a plain token,
 * else a new one — in every log line and in the response, so a frontend's report can be
 * traced; and writes one access line per request (logger {@code nl.werkplaatsen.access}),
 * with the werkplaats it acted for and no personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final String STARTED = RequestIdFilter.class.getName() + ".started";

	private static final org.slf4j.Logger access = org.slf4j.LoggerFactory.getLogger("nl.werkplaatsen.access");

	private static final Pattern PLAIN_TOKEN = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// GraphQL requests finish on an async dispatch: the access line is written there.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = (String) request.getAttribute(ATTRIBUTE);
		if (requestId == null) {
			String given = request.getHeader(HEADER);
			requestId = (given != null && PLAIN_TOKEN.matcher(given).matches()) ? given : UUID.randomUUID().toString();
			request.setAttribute(ATTRIBUTE, requestId);
			request.setAttribute(STARTED, System.nanoTime());
			response.setHeader(HEADER, requestId);
		}
		MDC.put("requestId", requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!request.isAsyncStarted()) {
				accessLine(request, response);
			}
			MDC.remove("requestId");
		}
	}

	/** One line per request: method, path (never a query string), status, duration. */
	private static void accessLine(HttpServletRequest request, HttpServletResponse response) {
		Object werkplaats = request.getAttribute(ActorResolutionFilter.WERKPLAATS_ATTRIBUTE);
		if (werkplaats != null) {
			MDC.put("werkplaats", werkplaats.toString());
		}
		long started = (request.getAttribute(STARTED) instanceof Long nanos) ? nanos : System.nanoTime();
		access.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
				(System.nanoTime() - started) / 1_000_000);
		MDC.remove("werkplaats");
	}

}
