package nl.werkplaatsen.offer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;

import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.werkplaats.EducationLevel;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.ActivityArchetype;

/**
 * The inputs and payload of the offer mutations, as the schema defines them.
 */
final class OfferInputs {

	private OfferInputs() {
	}

	record OfferCreateInput(String title, @Nullable String description, @Nullable ActivityArchetype archetype,
			@Nullable List<Theme> themes, @Nullable OfferFormat format, @Nullable List<EducationLevel> educationLevels,
			@Nullable DurationInput typicalDuration, @Nullable Integer feeInCents,
			@Nullable TargetGroupInput targetGroup, @Nullable List<Obstacle> obstacles,
			@Nullable List<AcademicPeriod> availablePeriods, @Nullable Integer capacity, @Nullable OfferStatus status,
			@Nullable Integer displayOrder, @Nullable String initiativeId) {
	}

	/**
	 * Omitted fields stay as they are; for the nullable ones an explicit null clears
	 * them.
	 */
	record OfferUpdateInput(String id, @Nullable Integer expectedVersion, @Nullable String title,
			@Nullable String description, @Nullable ActivityArchetype archetype, @Nullable List<Theme> themes,
			@Nullable OfferFormat format, @Nullable List<EducationLevel> educationLevels,
			@Nullable ArgumentValue<DurationInput> typicalDuration, @Nullable ArgumentValue<Integer> feeInCents,
			@Nullable TargetGroupInput targetGroup, @Nullable List<Obstacle> obstacles,
			@Nullable List<AcademicPeriod> availablePeriods, @Nullable ArgumentValue<Integer> capacity,
			@Nullable OfferStatus status, @Nullable Integer displayOrder,
			@Nullable ArgumentValue<String> initiativeId) {
	}

	record DurationInput(int amount, DurationUnit unit) {
	}

	record TargetGroupInput(@Nullable List<SizeClass> sizeClasses, @Nullable List<String> sbiSections,
			@Nullable List<DigitalMaturity> maturityLevels) {
	}

	record OfferPayload(@Nullable Offer offer, List<UserError> userErrors) {

		static OfferPayload of(Offer offer) {
			return new OfferPayload(offer, List.of());
		}

		static OfferPayload rejected(List<UserError> userErrors) {
			return new OfferPayload(null, userErrors);
		}

	}

}
