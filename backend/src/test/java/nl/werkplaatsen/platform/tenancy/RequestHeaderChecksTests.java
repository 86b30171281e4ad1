package nl.werkplaatsen.platform.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The header checks written without regular expressions decide exactly as Spring
 * Security's: the same tokens read, the same headers malformed, the same characters
 * refused.
 */
class RequestHeaderChecksTests {

	private static final List<String> HEADERS = List.of("Bearer abc.DEF-123_~+/xyz", "bearer abc", "BEARER abc==",
			"Bearer a=b", "Bearer abc=", "Bearer ==", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ", "Bearerabc",
			"Bearer ab%c", "Bearer äbc", "Basic dXNlcjpwYXNz", "Bear abc", "", "Bearer\tabc",
			"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "Bearer abc\n", "Bearer a.b.c===");

	@Test
	void theBearerTokenIsReadAsSpringSecurityReadsIt() {
		BearerHeader ours = new BearerHeader();
		DefaultBearerTokenResolver theirs = new DefaultBearerTokenResolver();
		for (String header : HEADERS) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			request.addHeader("Authorization", header);
			String expected;
			try {
				expected = theirs.resolve(request);
			}
			catch (OAuth2AuthenticationException ex) {
				assertThatThrownBy(() -> ours.resolve(request)).as(header)
					.isInstanceOf(OAuth2AuthenticationException.class)
					.hasMessage(ex.getMessage());
				continue;
			}
			assertThat(ours.resolve(request)).as(header).isEqualTo(expected);
		}
		assertThat(ours.resolve(new MockHttpServletRequest("POST", "/graphql"))).isNull();
	}

	@Test
	void headerNamesAndValuesAreRefusedAsTheStrictFirewallRefusesThem() {
		List<String> samples = new ArrayList<>(HEADERS);
		samples.addAll(List.of("text/html; q=0.9", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b", "café", "\u0378",
				"\uD83D\uDE00", "\uD83D", "Werkplaats", "x-request-id"));
		Random random = new Random(16);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder sample = new StringBuilder();
			for (int length = random.nextInt(4); length >= 0; length--) {
				sample.appendCodePoint((random.nextInt(4) == 0) ? random.nextInt(0x110000) : random.nextInt(0x300));
			}
			samples.add(sample.toString());
		}
		int refused = 0;
		for (String sample : samples) {
			assertThat(HeaderCharacters.NAMES.test(sample)).as("name %s", sample)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(sample));
			assertThat(HeaderCharacters.VALUES.test(sample)).as("value %s", sample)
				.isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(sample));
			refused += HeaderCharacters.VALUES.test(sample) ? 0 : 1;
		}
		assertThat(refused).as("samples refused").isGreaterThan(100);
	}

}
