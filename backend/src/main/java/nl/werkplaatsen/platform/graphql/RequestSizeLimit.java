package nl.werkplaatsen.platform.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies over {@code werkplaats.graphql.max-request-bytes} (64
 * KiB by default) before anything reads them — the public forms are open to anyone — and
 * bodies of unknown length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${werkplaats.graphql.max-request-bytes:65536}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length < 0) {
			refuse(response, HttpStatus.LENGTH_REQUIRED, "Send the request with a Content-Length.");
			return;
		}
		if (length > this.maxBytes) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + this.maxBytes + " bytes.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message
					+ "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
	}

}
