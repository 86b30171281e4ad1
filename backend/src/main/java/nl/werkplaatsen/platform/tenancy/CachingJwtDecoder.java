package nl.werkplaatsen.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Decodes each bearer token once: a token a client sends again (every request of a
 * session) is taken from a bounded cache instead of having its signature verified and its
 * claims validated anew. A token is the same string with the same signed claims each
 * time, so only its expiry can change its verdict: a cached token past its expiry (with
 * the validator's minute of clock skew) is refused as the decoder would refuse it.
 */
final class CachingJwtDecoder implements JwtDecoder {

	/** As Spring Security's timestamp validator allows. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final JwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> decoded = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofMinutes(15))
		.build();

	CachingJwtDecoder(JwtDecoder decoder, Clock clock) {
		this.decoder = decoder;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = this.decoded.getIfPresent(token);
		if (cached == null) {
			Jwt jwt = this.decoder.decode(token);
			this.decoded.put(token, jwt);
			return jwt;
		}
		Instant expiresAt = cached.getExpiresAt();
		if (expiresAt != null && Instant.now(this.clock).isAfter(expiresAt.plus(CLOCK_SKEW))) {
			this.decoded.invalidate(token);
			throw new BadJwtException("Jwt expired at " + expiresAt);
		}
		return cached;
	}

}
