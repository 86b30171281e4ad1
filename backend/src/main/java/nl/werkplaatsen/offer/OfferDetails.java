package nl.werkplaatsen.offer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.werkplaats.EducationLevel;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.ActivityArchetype;

/**
 * Everything staff describe about an offer, validated; an offer is created from and
 * revised to these.
 *
 * @param title the title
 * @param description the description
 * @param archetype the Regioscan activity archetype
 * @param themes the themes addressed
 * @param format the format
 * @param educationLevels the education levels of the students involved
 * @param typicalDuration the typical duration, if known
 * @param feeInCents the fee in euro cents, null when free
 * @param targetGroup who it is for
 * @param obstacles the knelpunten addressed
 * @param availablePeriods the academic periods it is available in
 * @param capacity how many businesses it can take at once, null when unlimited
 * @param status draft or published
 * @param displayOrder its place on the menu
 */
record OfferDetails(String title, String description, ActivityArchetype archetype, List<Theme> themes,
		OfferFormat format, List<EducationLevel> educationLevels, @Nullable TypicalDuration typicalDuration,
		@Nullable Integer feeInCents, TargetGroup targetGroup, List<Obstacle> obstacles,
		List<AcademicPeriod> availablePeriods, @Nullable Integer capacity, OfferStatus status, int displayOrder) {

	/**
	 * Students are not available in the summer break, so by default an offer runs in the
	 * four periods.
	 */
	static final List<AcademicPeriod> TEACHING_PERIODS = List.of(AcademicPeriod.PERIOD_1, AcademicPeriod.PERIOD_2,
			AcademicPeriod.PERIOD_3, AcademicPeriod.PERIOD_4);

	/** The archetype an offer of this format most likely has, when staff name none. */
	static ActivityArchetype defaultArchetype(OfferFormat format) {
		return switch (format) {
			case TRAJECT -> ActivityArchetype.WORKING_WITH_STUDENTS;
			case WORKSHOP, WEBINAR, MASTERCLASS -> ActivityArchetype.WORKSHOPS_AND_KNOWLEDGE_EVENTS;
			case SCAN -> ActivityArchetype.SCANS_AND_ASSESSMENTS;
			case CONSULTATION_HOUR -> ActivityArchetype.ADVICE_AND_CONSULTANCY;
		};
	}

	/**
	 * A typical duration.
	 *
	 * @param amount how many units
	 * @param unit hours, days or weeks
	 */
	record TypicalDuration(int amount, DurationUnit unit) {
	}

	/**
	 * Who an offer is for; an empty list means no restriction.
	 *
	 * @param sizeClasses business size classes
	 * @param sbiSections SBI sections (A to U)
	 * @param maturityLevels digital maturity levels
	 */
	record TargetGroup(List<SizeClass> sizeClasses, List<String> sbiSections, List<DigitalMaturity> maturityLevels) {

		static TargetGroup everybody() {
			return new TargetGroup(List.of(), List.of(), List.of());
		}

	}

}
