package nl.werkplaatsen.intake;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with intakes: find one of the werkplaats the caller's
 * transaction acts for, and close it as matched when a traject is created for it.
 */
@Service
public class Intakes {

	private final IntakeRepository intakes;

	private final Clock clock;

	Intakes(IntakeRepository intakes, Clock clock) {
		this.intakes = intakes;
		this.clock = clock;
	}

	/** The intake with this id in the caller's werkplaats. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Intake> find(UUID id) {
		return this.intakes.findById(id);
	}

	/**
	 * Closes an open intake as matched; false (and nothing changes) when it is no longer
	 * open.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markMatched(Intake intake) {
		if (!intake.getStatus().isOpen()) {
			return false;
		}
		intake.markMatched(this.clock.instant());
		this.intakes.save(intake);
		return true;
	}

}
