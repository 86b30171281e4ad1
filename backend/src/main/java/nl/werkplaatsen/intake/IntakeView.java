package nl.werkplaatsen.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * An intake as the API's {@code Intake} type shows it, read-only: the entity a mutation
 * changed, or a row of a list read straight into an {@link IntakeRow}.
 */
interface IntakeView extends Node {

	UUID getWerkplaatsId();

	String getReference();

	UUID getOrganisationId();

	UUID getContactId();

	String getQuestion();

	IntakeStatus getStatus();

	IntakeChannel getChannel();

	@Nullable FoundVia getFoundVia();

	@Nullable String getFoundViaOther();

	@Nullable String getReason();

	@Nullable Integer getMaturity();

	List<BaselineObstacle> getBaselineObstacles();

	@Nullable Expectation getExpectation();

	@Nullable String getProposedOrganisationName();

	@Nullable String getArticulatedQuestion();

	List<Theme> getThemes();

	List<Obstacle> getObstacles();

	@Nullable AcademicPeriod getWantedPeriod();

	@Nullable UUID getAssigneeId();

	@Nullable String getInternalNotes();

	@Nullable String getClosingReason();

	Instant getSubmittedAt();

	@Nullable Instant getFirstResponseAt();

	@Nullable Instant getClosedAt();

	long getVersion();

	/** How long the entrepreneur waited for a first response, once there was one. */
	default @Nullable Duration timeToFirstResponse() {
		Instant firstResponse = getFirstResponseAt();
		return (firstResponse != null) ? Duration.between(getSubmittedAt(), firstResponse) : null;
	}

	/** How long the intake has been waiting: until it closed, or until now. */
	default Duration waitingTime(Instant now) {
		Instant closed = getClosedAt();
		return Duration.between(getSubmittedAt(), (closed != null) ? closed : now);
	}

}
