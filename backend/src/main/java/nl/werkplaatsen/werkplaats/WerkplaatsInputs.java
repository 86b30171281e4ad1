package nl.werkplaatsen.werkplaats;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;

import nl.werkplaatsen.platform.graphql.UserError;

/**
 * The inputs and payloads of the werkplaats mutations, as the schema defines them.
 */
final class WerkplaatsInputs {

	private WerkplaatsInputs() {
	}

	record WerkplaatsCreateInput(String slug, String name, @Nullable RegionInput region,
			@Nullable WerkplaatsContactInput contact, @Nullable BrandingInput branding, boolean demo) {
	}

	record WerkplaatsUpdateInput(String id, @Nullable Integer expectedVersion, @Nullable String name,
			@Nullable RegionInput region, @Nullable WerkplaatsContactInput contact, @Nullable BrandingInput branding) {
	}

	record WerkplaatsArchiveInput(String id) {
	}

	record RegionInput(List<Province> provinces, List<String> gemeenten) {
	}

	/** Omitted fields stay as they are; an explicit null clears one. */
	record WerkplaatsContactInput(@Nullable ArgumentValue<String> email, @Nullable ArgumentValue<String> phone,
			@Nullable ArgumentValue<String> address) {
	}

	/** Omitted fields stay as they are; an explicit null clears one. */
	record BrandingInput(@Nullable ArgumentValue<String> displayName, @Nullable ArgumentValue<String> logoUrl,
			@Nullable ArgumentValue<String> primaryColor, @Nullable ArgumentValue<String> secondaryColor,
			@Nullable ArgumentValue<String> tagline, @Nullable ArgumentValue<String> website,
			@Nullable ArgumentValue<String> customDomain, @Nullable ArgumentValue<String> surveyFormUrl) {
	}

	record WerkplaatsPartnersSetInput(String id, List<ConsortiumPartnerInput> partners) {
	}

	record ConsortiumPartnerInput(String name, PartnerKind kind, @Nullable EducationLevel educationLevel,
			PartnerRole role) {
	}

	record WerkplaatsAmbitionSetInput(String id, int year, int reach, int trainings, int trajecten, int students) {
	}

	record WerkplaatsPayload(@Nullable Werkplaats werkplaats, List<UserError> userErrors) {

		static WerkplaatsPayload of(Werkplaats werkplaats) {
			return new WerkplaatsPayload(werkplaats, List.of());
		}

		static WerkplaatsPayload rejected(List<UserError> userErrors) {
			return new WerkplaatsPayload(null, userErrors);
		}

	}

}
