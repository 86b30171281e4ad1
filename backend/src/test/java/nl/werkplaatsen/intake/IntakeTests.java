package nl.werkplaatsen.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The intake's way from NEW to a closed status, without the application. */
class IntakeTests {

	private static final Instant SUBMITTED = Instant.parse("2026-09-01T09:00:00Z");

	@Test
	void theFirstTriageMovesANewIntakeIntoReviewAndCountsAsTheFirstResponse() {
		Intake intake = submitted();
		Instant first = SUBMITTED.plus(Duration.ofHours(5));

		intake.triage(triage("Webshop koppelen aan de boekhouding"), first);
		intake.triage(triage("Webshop en voorraad koppelen"), first.plus(Duration.ofDays(1)));

		assertThat(intake.getStatus()).isEqualTo(IntakeStatus.IN_REVIEW);
		assertThat(intake.getFirstResponseAt()).isEqualTo(first);
		assertThat(intake.getClosedAt()).isNull();
	}

	@Test
	void closingWithoutTriageIsTheFirstResponseToo() {
		Intake intake = submitted();
		Instant declined = SUBMITTED.plus(Duration.ofDays(2));

		intake.decline("Valt buiten ons aanbod", declined);

		assertThat(intake.getStatus()).isEqualTo(IntakeStatus.DECLINED);
		assertThat(intake.getClosingReason()).isEqualTo("Valt buiten ons aanbod");
		assertThat(intake.getFirstResponseAt()).isEqualTo(declined);
		assertThat(intake.getClosedAt()).isEqualTo(declined);
	}

	@Test
	void eachWayOutClosesWithItsOwnStatus() {
		Intake referred = submitted();
		referred.refer("Datalab van de hogeschool", SUBMITTED);
		Intake withdrawn = submitted();
		withdrawn.withdraw(null, SUBMITTED);
		Intake matched = submitted();
		matched.triage(triage("Marketingplan"), SUBMITTED);
		matched.markMatched(SUBMITTED.plus(Duration.ofDays(3)));

		assertThat(referred.getStatus()).isEqualTo(IntakeStatus.REFERRED);
		assertThat(referred.getClosingReason()).isEqualTo("Datalab van de hogeschool");
		assertThat(withdrawn.getStatus()).isEqualTo(IntakeStatus.WITHDRAWN);
		assertThat(matched.getStatus()).isEqualTo(IntakeStatus.MATCHED);
		assertThat(matched.getClosedAt()).isEqualTo(SUBMITTED.plus(Duration.ofDays(3)));
	}

	@Test
	void aClosedIntakeTakesNoFurtherStep() {
		Intake intake = submitted();
		intake.withdraw("Zelf opgelost", SUBMITTED);

		assertThatExceptionOfType(IllegalIntakeTransition.class)
			.isThrownBy(() -> intake.triage(triage("Toch nog"), SUBMITTED));
		assertThatExceptionOfType(IllegalIntakeTransition.class).isThrownBy(() -> intake.decline("Dubbel", SUBMITTED));
		assertThatExceptionOfType(IllegalIntakeTransition.class).isThrownBy(() -> intake.markMatched(SUBMITTED));
		assertThat(intake.getStatus()).isEqualTo(IntakeStatus.WITHDRAWN);
		assertThat(intake.getClosingReason()).isEqualTo("Zelf opgelost");
	}

	private static final UUID WERKPLAATS = UUID.randomUUID();

	@Test
	void aNewIntakeAnnouncesItselfForTheEmailsAfterCommit() {
		Intake intake = submitted();

		assertThat(intake.pendingEvents()).singleElement()
			.isEqualTo(new IntakeSubmitted(intake.getId(), WERKPLAATS, "INT-TEST-0001"));
	}

	private static Intake submitted() {
		return new Intake(
				WERKPLAATS, new Intake.Submission("Hoe verkoop ik online?", IntakeChannel.WEBSITE, null, null, null, 3,
						List.of(), null, null),
				UUID.randomUUID(), UUID.randomUUID(), "INT-TEST-0001", "key", SUBMITTED);
	}

	private static Intake.Triage triage(String question) {
		return new Intake.Triage(question, List.of(Theme.ONLINE_MARKETING_AND_SALES), List.of(),
				AcademicPeriod.PERIOD_2, null, null);
	}

}
