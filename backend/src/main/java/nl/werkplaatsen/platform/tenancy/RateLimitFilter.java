package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a caller over their budget with {@code 429 Too Many Requests} and
 * {@code Retry-After} before anything runs (see {@link RateLimits}).
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	RateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return HttpMethod.OPTIONS.matches(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimits.Verdict verdict = this.limits.admitRequest(Actor.current(), request.getRemoteAddr());
		if (verdict.admitted()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"Too many requests; retry after " + seconds
					+ " seconds\",\"extensions\":{\"classification\":\"RATE_LIMITED\"}}]}");
	}

}
