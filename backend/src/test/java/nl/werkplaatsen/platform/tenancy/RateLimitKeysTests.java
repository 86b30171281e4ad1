package nl.werkplaatsen.platform.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose bucket an anonymous request draws from: its address, an IPv6 one by /64. */
class RateLimitKeysTests {

	@Test
	void anIpv6AddressCountsByItsSlash64SoRotatingWithinItGainsNothing() {
		assertThat(RateLimits.addressKey("2001:db8:1234:5678::1")).isEqualTo("20010db812345678::/64")
			.isEqualTo(RateLimits.addressKey("2001:db8:1234:5678:ffff:eeee:dddd:cccc"));
		assertThat(RateLimits.addressKey("2001:db8:1234:5679::1"))
			.isNotEqualTo(RateLimits.addressKey("2001:db8:1234:5678::1"));
	}

	@Test
	void anIpv4AddressCountsAsItselfAlsoWhenMappedIntoIpv6() {
		assertThat(RateLimits.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(RateLimits.addressKey("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(RateLimits.addressKey("192.0.2.8")).isNotEqualTo("192.0.2.7");
	}

}
