package nl.werkplaatsen.platform.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a request acts as: anonymous, a person with national roles and perhaps a role in
 * the werkplaats the request acts for, or a frontend client bound to one werkplaats.
 *
 * @param kind what sort of caller this is
 * @param subject the Keycloak subject (user id or service account id), absent when
 * anonymous
 * @param nationalRoles realm roles that reach across werkplaatsen
 * @param werkplaats the werkplaats this request acts for, if any
 */
public record Actor(Kind kind, @Nullable String subject, Set<NationalRole> nationalRoles,
		@Nullable ActingWerkplaats werkplaats) {

	/** Someone without a token. */
	public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, null, Set.of(), null);

	/** The platform itself: scheduled jobs and reactions after a commit. */
	public static final Actor PLATFORM = new Actor(Kind.SYSTEM, null, Set.of(), null);

	public Actor {
		nationalRoles = Set.copyOf(nationalRoles);
	}

	/** The actor of the current request or scope; anonymous when nobody authenticated. */
	public static Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ActorAuthentication actorAuthentication) {
			return actorAuthentication.actor();
		}
		return ANONYMOUS;
	}

	/** The id of the werkplaats this request acts for. */
	public Optional<UUID> werkplaatsId() {
		return Optional.ofNullable(this.werkplaats).map(ActingWerkplaats::id);
	}

	/** Whether this request acts for the given werkplaats. */
	public boolean actsFor(UUID werkplaatsId) {
		return this.werkplaats != null && this.werkplaats.id().equals(werkplaatsId);
	}

	/**
	 * Whether this request acts for the given werkplaats in one of the given team roles.
	 */
	public boolean hasTeamRoleIn(UUID werkplaatsId, TeamRole... roles) {
		if (!actsFor(werkplaatsId) || this.werkplaats.role() == null) {
			return false;
		}
		for (TeamRole role : roles) {
			if (this.werkplaats.role() == role) {
				return true;
			}
		}
		return false;
	}

	/** Whether this actor is a national network coordinator. */
	public boolean isNetworkCoordinator() {
		return this.nationalRoles.contains(NationalRole.NETWORK_COORDINATOR);
	}

	/** Whether this actor is the frontend client bound to the given werkplaats. */
	public boolean isFrontendClientOf(UUID werkplaatsId) {
		return this.kind == Kind.FRONTEND_CLIENT && actsFor(werkplaatsId);
	}

	/** Whether anybody authenticated. */
	public boolean isAuthenticated() {
		return this.kind != Kind.ANONYMOUS;
	}

	/**
	 * The same caller acting for another werkplaats, for national roles that edit a
	 * werkplaats.
	 */
	public Actor actingFor(UUID werkplaatsId, String slug) {
		TeamRole role = actsFor(werkplaatsId) ? this.werkplaats.role() : null;
		return new Actor(this.kind, this.subject, this.nationalRoles, new ActingWerkplaats(werkplaatsId, slug, role));
	}

	/** The kinds of caller. */
	public enum Kind {

		/** No token. */
		ANONYMOUS,

		/** A person logged in through Keycloak. */
		PERSON,

		/** A werkplaats's own website or portal, through its client credentials. */
		FRONTEND_CLIENT,

		/** The platform itself, e.g. loading demo data. */
		SYSTEM

	}

	/**
	 * The werkplaats a request acts for, and the caller's team role there (none for
	 * frontend clients and national roles).
	 *
	 * @param id the werkplaats id
	 * @param slug the werkplaats slug
	 * @param role the caller's team role in it, if a member
	 */
	public record ActingWerkplaats(UUID id, String slug, @Nullable TeamRole role) {
	}

}
