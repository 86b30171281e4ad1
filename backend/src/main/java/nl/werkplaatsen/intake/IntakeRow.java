package nl.werkplaatsen.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.EnumColumns;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * An intake of a list page, read straight from its row into a record: a page hands on
 * fifty at a time, and hydrating them as entities was a tenth of the list's CPU.
 *
 * @param id id
 * @param werkplaatsId werkplaats id
 * @param reference reference
 * @param organisationId organisation id
 * @param contactId contact id
 * @param question question
 * @param status status
 * @param channel channel
 * @param foundVia found via
 * @param foundViaOther found via other
 * @param reason reason
 * @param maturity maturity
 * @param baselineObstacles baseline obstacles
 * @param expectation expectation
 * @param proposedOrganisationName proposed organisation name
 * @param articulatedQuestion articulated question
 * @param themes themes
 * @param obstacles obstacles
 * @param wantedPeriod wanted period
 * @param assigneeId assignee id
 * @param internalNotes internal notes
 * @param closingReason closing reason
 * @param submittedAt submitted at
 * @param firstResponseAt first response at
 * @param closedAt closed at
 * @param version version
 */
record IntakeRow(UUID id, UUID werkplaatsId, String reference, UUID organisationId, UUID contactId, String question,
		IntakeStatus status, IntakeChannel channel, @Nullable FoundVia foundVia, @Nullable String foundViaOther,
		@Nullable String reason, @Nullable Integer maturity, List<BaselineObstacle> baselineObstacles,
		@Nullable Expectation expectation, @Nullable String proposedOrganisationName,
		@Nullable String articulatedQuestion, List<Theme> themes, List<Obstacle> obstacles,
		@Nullable AcademicPeriod wantedPeriod, @Nullable UUID assigneeId, @Nullable String internalNotes,
		@Nullable String closingReason, Instant submittedAt, @Nullable Instant firstResponseAt,
		@Nullable Instant closedAt, long version) implements IntakeView {

	/** The columns {@link #of} reads, in the table's names. */
	static final String COLUMNS = "id, werkplaats_id, reference, organisation_id, contact_id, question, status, channel, found_via, found_via_other, reason, maturity, baseline_obstacles, expectation, proposed_organisation_name, articulated_question, themes, obstacles, wanted_period, assignee_id, internal_notes, closing_reason, submitted_at, first_response_at, closed_at, version";

	static IntakeRow of(ResultSet row) throws SQLException {
		return new IntakeRow(row.getObject("id", UUID.class), row.getObject("werkplaats_id", UUID.class),
				row.getString("reference"), row.getObject("organisation_id", UUID.class),
				row.getObject("contact_id", UUID.class), row.getString("question"),
				EnumColumns.valueOrNull(IntakeStatus.class, row.getString("status")),
				EnumColumns.valueOrNull(IntakeChannel.class, row.getString("channel")),
				EnumColumns.valueOrNull(FoundVia.class, row.getString("found_via")), row.getString("found_via_other"),
				row.getString("reason"), row.getObject("maturity", Integer.class),
				list(row, "baseline_obstacles", BaselineObstacle.class),
				EnumColumns.valueOrNull(Expectation.class, row.getString("expectation")),
				row.getString("proposed_organisation_name"), row.getString("articulated_question"),
				list(row, "themes", Theme.class), list(row, "obstacles", Obstacle.class),
				EnumColumns.valueOrNull(AcademicPeriod.class, row.getString("wanted_period")),
				row.getObject("assignee_id", UUID.class), row.getString("internal_notes"),
				row.getString("closing_reason"), instant(row.getObject("submitted_at", OffsetDateTime.class)),
				instant(row.getObject("first_response_at", OffsetDateTime.class)),
				instant(row.getObject("closed_at", OffsetDateTime.class)), row.getLong("version"));
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	@Override
	public String getReference() {
		return this.reference;
	}

	@Override
	public UUID getOrganisationId() {
		return this.organisationId;
	}

	@Override
	public UUID getContactId() {
		return this.contactId;
	}

	@Override
	public String getQuestion() {
		return this.question;
	}

	@Override
	public IntakeStatus getStatus() {
		return this.status;
	}

	@Override
	public IntakeChannel getChannel() {
		return this.channel;
	}

	@Override
	public @Nullable FoundVia getFoundVia() {
		return this.foundVia;
	}

	@Override
	public @Nullable String getFoundViaOther() {
		return this.foundViaOther;
	}

	@Override
	public @Nullable String getReason() {
		return this.reason;
	}

	@Override
	public @Nullable Integer getMaturity() {
		return this.maturity;
	}

	@Override
	public List<BaselineObstacle> getBaselineObstacles() {
		return this.baselineObstacles;
	}

	@Override
	public @Nullable Expectation getExpectation() {
		return this.expectation;
	}

	@Override
	public @Nullable String getProposedOrganisationName() {
		return this.proposedOrganisationName;
	}

	@Override
	public @Nullable String getArticulatedQuestion() {
		return this.articulatedQuestion;
	}

	@Override
	public List<Theme> getThemes() {
		return this.themes;
	}

	@Override
	public List<Obstacle> getObstacles() {
		return this.obstacles;
	}

	@Override
	public @Nullable AcademicPeriod getWantedPeriod() {
		return this.wantedPeriod;
	}

	@Override
	public @Nullable UUID getAssigneeId() {
		return this.assigneeId;
	}

	@Override
	public @Nullable String getInternalNotes() {
		return this.internalNotes;
	}

	@Override
	public @Nullable String getClosingReason() {
		return this.closingReason;
	}

	@Override
	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	@Override
	public @Nullable Instant getFirstResponseAt() {
		return this.firstResponseAt;
	}

	@Override
	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	// By id: the batch loads keep intakes as keys, and a record's own equals and hashCode
	// would compare every column.
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof IntakeRow that && this.id.equals(that.id) && this.version == that.version;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private static <E extends Enum<E>> List<E> list(ResultSet row, String column, Class<E> type) throws SQLException {
		Array array = row.getArray(column);
		List<E> values = new ArrayList<>();
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				values.add(Enum.valueOf(type, (String) name));
			}
		}
		return List.copyOf(values);
	}

}
