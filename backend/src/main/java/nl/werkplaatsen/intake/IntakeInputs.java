package nl.werkplaatsen.intake;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.organisation.OrganisationPhase;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.werkplaats.Province;

/**
 * The GraphQL inputs and payloads of the intake API.
 */
final class IntakeInputs {

	private IntakeInputs() {
	}

	record IntakeSubmitInput(String werkplaatsSlug, String kvkNumber, String organisationName, String contactName,
			String contactEmail, @Nullable String contactPhone, String question, boolean consent,
			@Nullable Boolean shareWithNetwork, IntakeBaselineInput baseline,
			@Nullable OrganisationDetailsInput organisationDetails, @Nullable String website,
			@Nullable Boolean followUpSurvey) {
	}

	record IntakeBaselineInput(FoundVia foundVia, @Nullable String foundViaOther, @Nullable String reason, int maturity,
			@Nullable List<BaselineObstacle> obstacles, Expectation expectation) {
	}

	record OrganisationDetailsInput(@Nullable String sbiSection, @Nullable String sbiCode,
			@Nullable SizeClass sizeClass, @Nullable OrganisationPhase phase, @Nullable String street,
			@Nullable String postcode, @Nullable String city, @Nullable String gemeente, @Nullable Province province,
			@Nullable DigitalMaturity digitalMaturity) {
	}

	record IntakeSubmitPayload(@Nullable String reference, @Nullable Intake intake, List<UserError> userErrors) {

		static IntakeSubmitPayload rejected(List<UserError> errors) {
			return new IntakeSubmitPayload(null, null, errors);
		}

	}

	record IntakeTriageInput(String id, @Nullable Integer expectedVersion, @Nullable String articulatedQuestion,
			@Nullable List<Theme> themes, @Nullable List<Obstacle> obstacles, @Nullable AcademicPeriod wantedPeriod,
			@Nullable String assigneeId, @Nullable String internalNotes) {
	}

	record IntakeCloseInput(String id, @Nullable Integer expectedVersion, @Nullable String reason) {
	}

	record IntakePayload(@Nullable Intake intake, List<UserError> userErrors) {

		static IntakePayload of(Intake intake) {
			return new IntakePayload(intake, List.of());
		}

		static IntakePayload rejected(List<UserError> errors) {
			return new IntakePayload(null, errors);
		}

	}

	record IntakeFilter(@Nullable List<IntakeStatus> statuses, @Nullable Theme theme, @Nullable String assigneeId,
			@Nullable AcademicPeriod wantedPeriod, @Nullable OffsetDateTime submittedFrom,
			@Nullable OffsetDateTime submittedBefore, @Nullable String search) {

		static final IntakeFilter NONE = new IntakeFilter(null, null, null, null, null, null, null);

	}

}
