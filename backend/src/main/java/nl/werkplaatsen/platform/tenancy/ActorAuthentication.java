package nl.werkplaatsen.platform.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of a request once its actor is resolved; it travels with the
 * security context into DataLoader and async threads.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

	private final Actor actor;

	private final @Nullable Object credentials;

	private final @Nullable ActorResolution resolution;

	ActorAuthentication(Actor actor, @Nullable Object credentials) {
		this(actor, credentials, null);
	}

	ActorAuthentication(Actor actor, @Nullable Object credentials, @Nullable ActorResolution resolution) {
		super(authoritiesOf(actor));
		this.actor = actor;
		this.credentials = credentials;
		this.resolution = resolution;
		setAuthenticated(true);
	}

	Actor actor() {
		return this.actor;
	}

	/**
	 * How the request's caller was resolved from their token, to verify against the
	 * database's tenancy generation; none for the platform's own work.
	 */
	@Nullable ActorResolution resolution() {
		return this.resolution;
	}

	@Override
	public @Nullable Object getCredentials() {
		return this.credentials;
	}

	@Override
	public Object getPrincipal() {
		return this.actor;
	}

	@Override
	public String getName() {
		return this.actor.subject() != null ? this.actor.subject() : this.actor.kind().name();
	}

	private static Collection<GrantedAuthority> authoritiesOf(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		actor.nationalRoles().forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		if (actor.kind() == Actor.Kind.FRONTEND_CLIENT) {
			authorities.add(new SimpleGrantedAuthority("ROLE_FRONTEND_CLIENT"));
		}
		if (actor.werkplaats() != null && actor.werkplaats().role() != null) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.werkplaats().role().name()));
		}
		return authorities;
	}

}
