package nl.werkplaatsen.intake;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * An intake as matching sees it: the entrepreneur's themes, knelpunten, expectation and
 * wanted period from the 0-meting; immutable, read when it was asked for.
 *
 * @param id the intake
 * @param werkplaatsId its werkplaats
 * @param organisationId the organisation it is for
 * @param themes the themes asked about
 * @param obstacles the knelpunten named
 * @param expectation what the entrepreneur expects, if said
 * @param wantedPeriod the academic period help is wanted in, if said
 */
public record MatchableIntake(UUID id, UUID werkplaatsId, UUID organisationId, List<Theme> themes,
		List<Obstacle> obstacles, @Nullable Expectation expectation, @Nullable AcademicPeriod wantedPeriod) {

	public MatchableIntake {
		themes = List.copyOf(themes);
		obstacles = List.copyOf(obstacles);
	}

	static MatchableIntake of(Intake intake) {
		return new MatchableIntake(intake.getId(), intake.getWerkplaatsId(), intake.getOrganisationId(),
				intake.getThemes(), intake.getObstacles(), intake.getExpectation(), intake.getWantedPeriod());
	}

}
