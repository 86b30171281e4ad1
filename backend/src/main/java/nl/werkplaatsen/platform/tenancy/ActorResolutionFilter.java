package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the request's {@link Actor} from a validated Keycloak token (see
 * {@link ActorResolver}), or refuses the request when the token resolves to none.
 */
class ActorResolutionFilter extends OncePerRequestFilter {

	/**
	 * The request attribute with the slug the request acts for ("none" when none), for
	 * the access log.
	 */
	static final String WERKPLAATS_ATTRIBUTE = ActorResolutionFilter.class.getName() + ".werkplaats";

	static final String WERKPLAATS_HEADER = "Werkplaats";

	private final ActorResolver resolver;

	private final MeterRegistry meters;

	ActorResolutionFilter(ActorResolver resolver, MeterRegistry meters) {
		this.resolver = resolver;
		this.meters = meters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			String header = request.getHeader(WERKPLAATS_HEADER);
			String requested = (header != null) ? header.strip() : null;
			Optional<ActorResolution> resolution = this.resolver.resolve(token.getToken(), requested);
			if (resolution.isEmpty()) {
				refuse(response, ActorResolver.refusal(token.getToken(), requested));
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					new ActorAuthentication(resolution.get().actor(), token.getToken(), resolution.get()));
			SecurityContextHolder.setContext(context);
		}
		Actor actor = Actor.current();
		String werkplaats = (actor.werkplaats() != null) ? actor.werkplaats().slug() : "none";
		// Slugs and caller kinds are few; subjects and ids would explode the metric's
		// cardinality.
		this.meters.counter("werkplaats.requests", "werkplaats", werkplaats, "caller", actor.kind().name()).increment();
		MDC.put("werkplaats", werkplaats);
		request.setAttribute(WERKPLAATS_ATTRIBUTE, werkplaats);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("werkplaats");
		}
	}

	static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message
					+ "\",\"extensions\":{\"classification\":\"FORBIDDEN\"}}]}");
	}

}
