package nl.werkplaatsen.platform.tenancy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * One request's caller as resolved from their token and the {@code Werkplaats} header,
 * and the tenancy generation that resolution is known to be current for: the request's
 * first transaction, if it finds a later generation, resolves the caller again before
 * anything runs.
 */
final class ActorResolution {

	private final Jwt token;

	private final @Nullable String requestedSlug;

	private final Actor actor;

	private final AtomicLong verifiedGeneration;

	private final AtomicBoolean settled = new AtomicBoolean();

	ActorResolution(Jwt token, @Nullable String requestedSlug, Actor actor, long generation) {
		this.token = token;
		this.requestedSlug = requestedSlug;
		this.actor = actor;
		this.verifiedGeneration = new AtomicLong(generation);
	}

	Jwt token() {
		return this.token;
	}

	@Nullable String requestedSlug() {
		return this.requestedSlug;
	}

	Actor actor() {
		return this.actor;
	}

	/**
	 * Whether the resolution needs verifying in a transaction that sees the database at
	 * this generation: only the request's first transaction verifies — what the request
	 * changes itself (an invitation accepted, a werkplaats archived) does not make its
	 * own caller stale.
	 */
	boolean needsVerifyingAt(long generation) {
		return !this.settled.getAndSet(true) && this.verifiedGeneration.get() < generation;
	}

	/** Marks the request's first transaction as begun: later ones do not verify. */
	ActorResolution settled() {
		this.settled.set(true);
		return this;
	}

	/** Notes that resolving again at this generation gave the same actor. */
	void verifiedAt(long generation) {
		this.verifiedGeneration.accumulateAndGet(generation, Math::max);
	}

}
