package nl.werkplaatsen.traject;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.platform.graphql.UserError;

/**
 * The GraphQL inputs and payloads of the traject API.
 */
final class TrajectInputs {

	private TrajectInputs() {
	}

	record TrajectCreateInput(String intakeId, String offerId, @Nullable AcademicPeriod academicPeriod,
			@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd) {
	}

	record TrajectStartInput(String id, @Nullable Integer expectedVersion, @Nullable LocalDate startedOn) {
	}

	record TrajectDeliverInput(String id, @Nullable Integer expectedVersion, @Nullable LocalDate deliveredOn) {
	}

	record TrajectCompleteInput(String id, @Nullable Integer expectedVersion) {
	}

	record TrajectCancelInput(String id, @Nullable Integer expectedVersion, @Nullable String reason) {
	}

	record DeliverableAddInput(String trajectId, DeliverableKind kind, @Nullable String title, @Nullable String link,
			@Nullable LocalDate deliveredOn) {
	}

	record TrajectPayload(@Nullable Traject traject, List<UserError> userErrors) {

		static TrajectPayload of(Traject traject) {
			return new TrajectPayload(traject, List.of());
		}

		static TrajectPayload rejected(List<UserError> errors) {
			return new TrajectPayload(null, errors);
		}

	}

	record TrajectTeamSetInput(String trajectId, @Nullable Integer expectedVersion, List<TeamMemberInput> members) {
	}

	record TeamMemberInput(TeamRoleOnTraject role, @Nullable String studentId, @Nullable String teamMemberId,
			@Nullable Double hours) {
	}

	record TrajectFilter(@Nullable List<TrajectStatus> statuses, @Nullable Boolean stale) {
	}

}
