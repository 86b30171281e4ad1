package nl.werkplaatsen.platform.tenancy;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a validated Keycloak token into the request's {@link Actor}: national roles from
 * the token, the werkplaats from the platform's own memberships (the {@code Werkplaats}
 * header only selects among them) or from the frontend client's binding.
 */
class ActorResolutionFilter extends OncePerRequestFilter {

	/**
	 * The request attribute with the slug the request acts for ("none" when none), for
	 * the access log.
	 */
	static final String WERKPLAATS_ATTRIBUTE = ActorResolutionFilter.class.getName() + ".werkplaats";

	static final String WERKPLAATS_HEADER = "Werkplaats";

	private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

	private final TenantRegistry registry;

	private final MeterRegistry meters;

	ActorResolutionFilter(TenantRegistry registry, MeterRegistry meters) {
		this.registry = registry;
		this.meters = meters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			String requested = request.getHeader(WERKPLAATS_HEADER);
			Optional<Actor> actor = resolve(token.getToken(), (requested != null) ? requested.strip() : null);
			if (actor.isEmpty()) {
				refuse(response, refusal(token.getToken(), requested));
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ActorAuthentication(actor.get(), token.getToken()));
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

	private Optional<Actor> resolve(Jwt jwt, @Nullable String requestedSlug) {
		Set<NationalRole> nationalRoles = nationalRolesOf(jwt);
		String clientId = jwt.getClaimAsString("azp");
		String username = jwt.getClaimAsString("preferred_username");
		if (clientId != null && username != null && username.equals(SERVICE_ACCOUNT_PREFIX + clientId)) {
			// A werkplaats's own website or portal: bound to one werkplaats by its client
			// id.
			return this.registry.werkplaatsOfClient(clientId)
				.filter((bound) -> requestedSlug == null || bound.slug().equals(requestedSlug))
				.map((bound) -> new Actor(Actor.Kind.FRONTEND_CLIENT, jwt.getSubject(), Set.of(), bound));
		}
		List<Actor.ActingWerkplaats> memberships = this.registry.membershipsOf(jwt.getSubject());
		if (memberships.isEmpty() && nationalRoles.isEmpty()) {
			// Removed from every team, or every team archived: refused from the very next
			// request, however long the token still lives. Someone invited who has yet to
			// accept may call, as a person of no werkplaats: every field asks for a role
			// they lack, except accepting.
			return (requestedSlug == null && this.registry.hasPendingInvitation(jwt.getSubject()))
					? Optional.of(new Actor(Actor.Kind.PERSON, jwt.getSubject(), Set.of(), null)) : Optional.empty();
		}
		Actor.ActingWerkplaats acting = null;
		if (requestedSlug != null) {
			acting = memberships.stream().filter((m) -> m.slug().equals(requestedSlug)).findFirst().orElse(null);
			if (acting == null) {
				return Optional.empty();
			}
		}
		else if (memberships.size() == 1) {
			acting = memberships.getFirst();
		}
		return Optional.of(new Actor(Actor.Kind.PERSON, jwt.getSubject(), nationalRoles, acting));
	}

	private static String refusal(Jwt jwt, @Nullable String requested) {
		String clientId = jwt.getClaimAsString("azp");
		if ((SERVICE_ACCOUNT_PREFIX + clientId).equals(jwt.getClaimAsString("preferred_username"))) {
			return "This client is not bound to an active werkplaats";
		}
		return (requested != null) ? "You are not a member of the werkplaats named in the Werkplaats header"
				: "Your account is not a member of any active werkplaats";
	}

	private static Set<NationalRole> nationalRolesOf(Jwt jwt) {
		Set<NationalRole> roles = EnumSet.noneOf(NationalRole.class);
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
			realmRoles.forEach((role) -> NationalRole.fromRealmRole(String.valueOf(role)).ifPresent(roles::add));
		}
		return roles;
	}

	private static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message
					+ "\",\"extensions\":{\"classification\":\"FORBIDDEN\"}}]}");
	}

}
