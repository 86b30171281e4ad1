package nl.werkplaatsen.platform.tenancy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The web origin (scheme, host and port, RFC 6454) a werkplaats's website or custom
 * domain serves browser frontends from: the one derivation CORS and Keycloak's browser
 * clients share, so a site CORS admits is a site Keycloak lets sign in, and the other way
 * round. A path, query, user info or default port does not change the origin.
 */
public final class WebOrigins {

	private WebOrigins() {
	}

	/**
	 * The origin of an absolute http(s) URL; empty when the text is no such URL.
	 */
	public static Optional<String> of(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
			if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
				return Optional.empty();
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443)
					|| ("http".equals(scheme) && port == 80);
			return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The origins of a werkplaats's website and custom domain (a host name served over
	 * https), without repeats.
	 */
	public static List<String> ofWerkplaats(@Nullable String website, @Nullable String customDomain) {
		List<String> origins = new ArrayList<>();
		of(website).ifPresent(origins::add);
		if (customDomain != null) {
			of("https://" + customDomain).filter((origin) -> !origins.contains(origin)).ifPresent(origins::add);
		}
		return origins;
	}

}
