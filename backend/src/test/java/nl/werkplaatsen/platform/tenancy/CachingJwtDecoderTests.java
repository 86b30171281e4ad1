package nl.werkplaatsen.platform.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingJwtDecoderTests {

	private static final Instant ISSUED = Instant.parse("2026-12-03T10:00:00Z");

	private final AtomicInteger decodings = new AtomicInteger();

	private final JwtDecoder verifying = (token) -> {
		this.decodings.incrementAndGet();
		if (token.startsWith("bad")) {
			throw new BadJwtException("Signature invalid");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("someone")
			.issuedAt(ISSUED)
			.expiresAt(ISSUED.plusSeconds(900))
			.build();
	};

	@Test
	void aTokenSentAgainIsDecodedOnce() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifying, at(ISSUED.plusSeconds(10)));

		Jwt first = decoder.decode("token-a");
		Jwt again = decoder.decode("token-a");
		decoder.decode("token-b");

		assertThat(again).isSameAs(first);
		assertThat(this.decodings).hasValue(2);
	}

	@Test
	void aRefusedTokenIsNeverKept() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifying, at(ISSUED.plusSeconds(10)));

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token"));
		assertThat(this.decodings).hasValue(2);
	}

	@Test
	void aKeptTokenPastItsExpiryAndTheSkewIsRefused() {
		MutableClock clock = new MutableClock(ISSUED.plusSeconds(10));
		CachingJwtDecoder decoder = new CachingJwtDecoder(this.verifying, clock);
		decoder.decode("token-a");

		clock.now = ISSUED.plusSeconds(900 + 59);
		assertThat(decoder.decode("token-a").getSubject()).isEqualTo("someone");
		clock.now = ISSUED.plusSeconds(900 + 61);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("token-a"));
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
