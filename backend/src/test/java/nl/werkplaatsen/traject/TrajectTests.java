package nl.werkplaatsen.traject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.taxonomy.AcademicPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The traject's lifecycle and staleness, without the application. */
class TrajectTests {

	private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-09-01");

	private static final UUID WERKPLAATS = UUID.randomUUID();

	@Test
	void runsFromPlannedThroughRunningAndDeliveredToCompleted() {
		Traject traject = planned();

		traject.start(TODAY, NOW);
		assertThat(traject.getStatus()).isEqualTo(TrajectStatus.RUNNING);
		traject.deliver(TODAY.plusWeeks(8), NOW.plus(Duration.ofDays(56)));
		assertThat(traject.getStatus()).isEqualTo(TrajectStatus.DELIVERED);
		traject.complete(NOW.plus(Duration.ofDays(60)));
		TrajectCompleted completed = traject.pendingEvents()
			.stream()
			.filter(TrajectCompleted.class::isInstance)
			.map(TrajectCompleted.class::cast)
			.findFirst()
			.orElseThrow();

		assertThat(traject.getStatus()).isEqualTo(TrajectStatus.COMPLETED);
		assertThat(traject.getCompletedAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
		assertThat(completed.trajectId()).isEqualTo(traject.getId());
		assertThat(completed.organisationId()).isEqualTo(traject.getOrganisationId());
		assertThat(completed.completedAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
		assertThat(completed.werkplaatsId()).isEqualTo(WERKPLAATS);
	}

	@Test
	void aNewTrajectAnnouncesItselfSoTheIntakeCanBeClosed() {
		Traject traject = planned();

		assertThat(traject.pendingEvents()).singleElement()
			.isEqualTo(new TrajectCreated(traject.getId(), traject.getIntakeId(), WERKPLAATS, "werkplaats-test",
					traject.getOrganisationId()));
	}

	@Test
	void refusesEveryStepOutOfOrder() {
		Traject traject = planned();
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> traject.deliver(TODAY, NOW))
			.withMessage("A PLANNED traject cannot be delivered");
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> traject.complete(NOW));

		traject.start(TODAY, NOW);
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> traject.start(TODAY, NOW));
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> traject.complete(NOW));
		assertThat(traject.getStatus()).isEqualTo(TrajectStatus.RUNNING);
	}

	@Test
	void cancelsWhileOpenButNeverOnceCompletedOrCancelled() {
		Traject running = planned();
		running.start(TODAY, NOW);
		running.cancel("De ondernemer stopt", NOW);
		assertThat(running.getStatus()).isEqualTo(TrajectStatus.CANCELLED);
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> running.cancel("Nog eens", NOW));

		Traject completed = planned();
		completed.start(TODAY, NOW);
		completed.deliver(TODAY, NOW);
		completed.complete(NOW);
		assertThatExceptionOfType(IllegalTrajectTransition.class).isThrownBy(() -> completed.cancel("Te laat", NOW));
		assertThat(completed.getStatus()).isEqualTo(TrajectStatus.COMPLETED);
	}

	@Test
	void becomesStaleOnceAfterQuietTimeWhileOpenAndActivityClearsIt() {
		Duration staleAfter = Duration.ofDays(14);
		Traject traject = planned();

		assertThat(traject.flagIfStale(staleAfter, NOW.plus(Duration.ofDays(14)))).as("exactly at the limit").isFalse();
		assertThat(traject.flagIfStale(staleAfter, NOW.plus(Duration.ofDays(15)))).isTrue();
		assertThat(traject.flagIfStale(staleAfter, NOW.plus(Duration.ofDays(16)))).as("flagged once").isFalse();
		assertThat(traject.getStaleSince()).isEqualTo(NOW.plus(Duration.ofDays(15)));

		traject.touch(NOW.plus(Duration.ofDays(17)));
		assertThat(traject.getStaleSince()).isNull();

		traject.cancel("Gestopt", NOW.plus(Duration.ofDays(18)));
		assertThat(traject.flagIfStale(staleAfter, NOW.plus(Duration.ofDays(100)))).as("closed trajecten stay fresh")
			.isFalse();
	}

	private static Traject planned() {
		return new Traject(WERKPLAATS, "werkplaats-test", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				AcademicPeriod.PERIOD_1, TODAY, TODAY.plusWeeks(10), NOW);
	}

}
