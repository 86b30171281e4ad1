package nl.werkplaatsen.platform.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a validated Keycloak token into an {@link Actor}: national roles from the token,
 * the werkplaats from the platform's own memberships (the {@code Werkplaats} header only
 * selects among them) or from a frontend client's binding — from the registry's cache for
 * the request, and again inside a transaction that finds the cache may be stale.
 */
@Component
class ActorResolver {

	private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

	private final TenantRegistry registry;

	ActorResolver(TenantRegistry registry) {
		this.registry = registry;
	}

	/** The caller a request acts as, or empty when they are refused. */
	Optional<ActorResolution> resolve(Jwt jwt, @Nullable String requestedSlug) {
		String clientId = clientIdOf(jwt);
		if (clientId != null) {
			TenantRegistry.Generational<Optional<Actor.ActingWerkplaats>> bound = this.registry
				.werkplaatsOfClient(clientId);
			return client(jwt, requestedSlug, bound.value())
				.map((actor) -> new ActorResolution(jwt, requestedSlug, actor, bound.generation()));
		}
		TenantRegistry.Generational<TenantRegistry.Caller> caller = this.registry.callerOf(jwt.getSubject());
		return person(jwt, requestedSlug, caller.value())
			.map((actor) -> new ActorResolution(jwt, requestedSlug, actor, caller.generation()));
	}

	/**
	 * Resolves a request's caller again in the open transaction, which found the database
	 * at a later generation than the resolution. A caller who no longer resolves (a
	 * removed member, an archived werkplaats, a disabled client) is refused. A caller who
	 * resolves differently (another role) goes on as resolved now if nothing has run on
	 * the old resolution yet and the request still acts for the same werkplaats;
	 * otherwise the request is refused and the next one resolves afresh.
	 * @param beforeAnythingRan whether this transaction is the request's first work
	 * @return the resolution to go on with
	 */
	ActorResolution verify(ActorResolution resolution, long generation, boolean beforeAnythingRan) {
		Jwt jwt = resolution.token();
		String clientId = clientIdOf(jwt);
		Optional<Actor> now = (clientId != null)
				? client(jwt, resolution.requestedSlug(), this.registry.werkplaatsOfClientNow(clientId, generation))
				: person(jwt, resolution.requestedSlug(), this.registry.callerNow(jwt.getSubject(), generation));
		if (now.isEmpty()) {
			throw new CallerRefused(refusal(jwt, resolution.requestedSlug()));
		}
		if (now.get().equals(resolution.actor())) {
			resolution.verifiedAt(generation);
			return resolution;
		}
		if (beforeAnythingRan && now.get().werkplaatsId().equals(resolution.actor().werkplaatsId())) {
			return new ActorResolution(jwt, resolution.requestedSlug(), now.get(), generation).settled();
		}
		throw new CallerRefused("Your memberships changed while this request was on its way; send it again");
	}

	/** Why a caller whose resolution is empty is refused. */
	static String refusal(Jwt jwt, @Nullable String requested) {
		if (clientIdOf(jwt) != null) {
			return "This client is not bound to an active werkplaats";
		}
		return (requested != null) ? "You are not a member of the werkplaats named in the Werkplaats header"
				: "Your account is not a member of any active werkplaats";
	}

	private static Optional<Actor> client(Jwt jwt, @Nullable String requestedSlug,
			Optional<Actor.ActingWerkplaats> bound) {
		// A werkplaats's own website or portal: bound to one werkplaats by its client id.
		return bound.filter((werkplaats) -> requestedSlug == null || werkplaats.slug().equals(requestedSlug))
			.map((werkplaats) -> new Actor(Actor.Kind.FRONTEND_CLIENT, jwt.getSubject(), Set.of(), werkplaats));
	}

	private static Optional<Actor> person(Jwt jwt, @Nullable String requestedSlug, TenantRegistry.Caller caller) {
		Set<NationalRole> nationalRoles = nationalRolesOf(jwt);
		List<Actor.ActingWerkplaats> memberships = caller.memberships();
		if (memberships.isEmpty() && nationalRoles.isEmpty()) {
			// Removed from every team, or every team archived: refused from the very next
			// request, however long the token still lives. Someone invited who has yet to
			// accept may call, as a person of no werkplaats: every field asks for a role
			// they lack, except accepting.
			return (requestedSlug == null && caller.pendingInvitation())
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

	private static @Nullable String clientIdOf(Jwt jwt) {
		String clientId = jwt.getClaimAsString("azp");
		String username = jwt.getClaimAsString("preferred_username");
		return (clientId != null && username != null && username.equals(SERVICE_ACCOUNT_PREFIX + clientId)) ? clientId
				: null;
	}

	private static Set<NationalRole> nationalRolesOf(Jwt jwt) {
		Set<NationalRole> roles = EnumSet.noneOf(NationalRole.class);
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
			realmRoles.forEach((role) -> NationalRole.fromRealmRole(String.valueOf(role)).ifPresent(roles::add));
		}
		return roles;
	}

}
