package nl.werkplaatsen.traject;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.AcademicPeriod;

/**
 * What a traject needs to know of the intake it is created from — provided by the intake
 * module, which depends on trajecten (it closes an intake on {@link TrajectCreated}) and
 * not the other way round.
 */
public interface TrajectIntakes {

	/** The intake with this id in the werkplaats the current work acts for. */
	Optional<TrajectIntake> findOwn(UUID intakeId);

	/**
	 * An intake as a new traject sees it.
	 *
	 * @param id the intake
	 * @param organisationId the organisation it is for
	 * @param status its status, by name
	 * @param open whether it can still be matched (NEW or IN_REVIEW)
	 * @param wantedPeriod the academic period the entrepreneur wants help in, if any
	 */
	record TrajectIntake(UUID id, UUID organisationId, String status, boolean open,
			@Nullable AcademicPeriod wantedPeriod) {
	}

}
