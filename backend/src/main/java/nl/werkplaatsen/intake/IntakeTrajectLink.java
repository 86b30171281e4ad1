package nl.werkplaatsen.intake;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.traject.TrajectCreated;
import nl.werkplaatsen.traject.TrajectIntakes;

/**
 * The intake's side of a traject: tells the traject module what it needs of an intake,
 * and closes the intake as matched once a traject created from it is committed — a
 * reaction, so the traject module never writes the intake's table; retried by the event
 * publication registry when it fails.
 */
@Component
class IntakeTrajectLink implements TrajectIntakes {

	private final IntakeRepository intakes;

	private final Tenancy tenancy;

	private final Clock clock;

	IntakeTrajectLink(IntakeRepository intakes, Tenancy tenancy, Clock clock) {
		this.intakes = intakes;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TrajectIntake> findOwn(UUID intakeId) {
		return this.intakes.findById(intakeId)
			.map((intake) -> new TrajectIntake(intake.getId(), intake.getOrganisationId(), intake.getStatus().name(),
					intake.getStatus().isOpen(), intake.getWantedPeriod()));
	}

	@ApplicationModuleListener
	void on(TrajectCreated created) {
		this.tenancy.actFor(created.werkplaatsId(), created.werkplaatsSlug(), Permission.PLATFORM,
				() -> this.intakes.findById(created.intakeId())
					.filter((intake) -> intake.getStatus().isOpen())
					.map((intake) -> {
						intake.markMatched(this.clock.instant());
						return this.intakes.save(intake);
					}));
	}

}
