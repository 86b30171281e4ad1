package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request whose caller was refused when its transaction began (see
 * {@link ActorResolver#verify}) as one refused before it ran: {@code 403} with a
 * {@code FORBIDDEN} error.
 */
class CallerRefusals implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof CallerRefused refused) || response.isCommitted()) {
			return null;
		}
		try {
			ActorResolutionFilter.refuse(response, refused.getMessage());
		}
		catch (IOException writeFailure) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
