package nl.werkplaatsen.werkplaats;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.tenancy.WebOrigins;

/**
 * How a werkplaats presents itself on its own website and in the platform.
 *
 * @param displayName the name shown to entrepreneurs
 * @param logoUrl the logo's URL
 * @param primaryColor the primary colour as #RRGGBB
 * @param secondaryColor the secondary colour as #RRGGBB
 * @param tagline a one-line description
 * @param website the werkplaats's own website
 * @param customDomain the domain its platform-served pages use, if any
 */
@Embeddable
public record Branding(@Column(name = "display_name") @Nullable String displayName,
		@Column(name = "logo_url") @Nullable String logoUrl,
		@Column(name = "primary_color") @Nullable String primaryColor,
		@Column(name = "secondary_color") @Nullable String secondaryColor,
		@Column(name = "tagline") @Nullable String tagline, @Column(name = "website") @Nullable String website,
		@Column(name = "custom_domain") @Nullable String customDomain,
		@Column(name = "survey_form_url") @Nullable String surveyFormUrl) {

	/** The branding a new werkplaats starts with: its name, the network's colours. */
	static Branding defaultFor(String name) {
		return new Branding(name, null, "#0A6EBD", "#F5A623", null, null, null, null);
	}

	/**
	 * The web origins of the website and the custom domain, where browser frontends of
	 * the werkplaats run.
	 */
	java.util.List<String> origins() {
		return WebOrigins.ofWerkplaats(this.website, this.customDomain);
	}

}
