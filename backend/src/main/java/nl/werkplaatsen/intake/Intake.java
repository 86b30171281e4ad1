package nl.werkplaatsen.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * An entrepreneur's request for help, with the 0-meting answers they gave, and the
 * werkplaats's triage of it. Its status only moves forward, through the methods below.
 */
@Entity
@Audited("Intake")
class Intake extends AbstractAggregateRoot<Intake> implements IntakeView {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String reference;

	private UUID organisationId;

	private UUID contactId;

	private String question;

	@Enumerated(EnumType.STRING)
	private IntakeStatus status;

	@Enumerated(EnumType.STRING)
	private IntakeChannel channel;

	@Enumerated(EnumType.STRING)
	private @Nullable FoundVia foundVia;

	private @Nullable String foundViaOther;

	private @Nullable String reason;

	private @Nullable Integer maturity;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<BaselineObstacle> baselineObstacles = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable Expectation expectation;

	private @Nullable String proposedOrganisationName;

	@Enumerated(EnumType.STRING)
	private @Nullable DigitalMaturity digitalMaturity;

	private @Nullable String articulatedQuestion;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Theme> themes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Obstacle> obstacles = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable AcademicPeriod wantedPeriod;

	private @Nullable UUID assigneeId;

	private @Nullable String internalNotes;

	private @Nullable String closingReason;

	private String submissionKey;

	private Instant submittedAt;

	private @Nullable Instant firstResponseAt;

	private @Nullable Instant closedAt;

	@UpdateTimestamp
	private Instant updatedAt;

	@Version
	private long version;

	protected Intake() {
	}

	Intake(UUID werkplaatsId, Submission submission, UUID organisationId, UUID contactId, String reference,
			String submissionKey, Instant now) {
		this.id = UUID.randomUUID();
		// Hibernate checks it against the tenant of the session: another werkplaats
		// fails.
		this.werkplaatsId = werkplaatsId;
		if (submission.channel() != IntakeChannel.REFERRAL) {
			// A referred intake was accepted by the coordinators themselves: nobody to
			// tell.
			registerEvent(new IntakeSubmitted(this.id, werkplaatsId, reference));
		}
		this.reference = reference;
		this.organisationId = organisationId;
		this.contactId = contactId;
		this.question = submission.question();
		this.status = IntakeStatus.NEW;
		this.channel = submission.channel();
		this.foundVia = submission.foundVia();
		this.foundViaOther = submission.foundViaOther();
		this.reason = submission.reason();
		this.maturity = submission.maturity();
		this.baselineObstacles = new ArrayList<>(submission.baselineObstacles());
		this.expectation = submission.expectation();
		this.digitalMaturity = submission.digitalMaturity();
		// The 0-meting's obstacles are a first reading of the knelpunten; staff refine
		// it.
		this.obstacles = new ArrayList<>(
				submission.baselineObstacles().stream().map(BaselineObstacle::knelpunt).distinct().toList());
		this.submissionKey = submissionKey;
		this.submittedAt = now;
	}

	/** Records the triage; the first one moves a new intake into review. */
	void triage(Triage triage, Instant now) {
		requireOpen();
		if (this.status == IntakeStatus.NEW) {
			this.status = IntakeStatus.IN_REVIEW;
			this.firstResponseAt = now;
		}
		this.articulatedQuestion = triage.articulatedQuestion();
		this.themes = new ArrayList<>(triage.themes());
		this.obstacles = new ArrayList<>(triage.obstacles());
		this.wantedPeriod = triage.wantedPeriod();
		this.assigneeId = triage.assigneeId();
		this.internalNotes = triage.internalNotes();
	}

	/** The events registered and not yet published (they go out when it is saved). */
	java.util.Collection<Object> pendingEvents() {
		return domainEvents();
	}

	/** Closes the intake because a traject was created for it. */
	void markMatched(Instant now) {
		close(IntakeStatus.MATCHED, null, now);
	}

	/** Closes the intake: referred to another werkplaats or organisation. */
	void refer(String to, Instant now) {
		close(IntakeStatus.REFERRED, to, now);
	}

	/**
	 * Takes a referred intake back into review: the referral was declined, expired or
	 * withdrawn, and the werkplaats handles the question again.
	 */
	void returnFromReferral() {
		if (this.status != IntakeStatus.REFERRED) {
			throw new IllegalIntakeTransition(this.status);
		}
		this.status = IntakeStatus.IN_REVIEW;
		this.closingReason = null;
		this.closedAt = null;
	}

	/**
	 * Starts the receiving werkplaats's triage with the sender's themes and knelpunten.
	 */
	void adoptThemes(List<Theme> themes, List<Obstacle> obstacles) {
		this.themes = new ArrayList<>(themes);
		this.obstacles = new ArrayList<>(obstacles);
	}

	/** Closes the intake: declined by the werkplaats. */
	void decline(String reason, Instant now) {
		close(IntakeStatus.DECLINED, reason, now);
	}

	/** Closes the intake: withdrawn by the entrepreneur. */
	void withdraw(@Nullable String reason, Instant now) {
		close(IntakeStatus.WITHDRAWN, reason, now);
	}

	private void close(IntakeStatus closed, @Nullable String reason, Instant now) {
		requireOpen();
		if (this.firstResponseAt == null) {
			this.firstResponseAt = now;
		}
		this.status = closed;
		this.closingReason = reason;
		this.closedAt = now;
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new IllegalIntakeTransition(this.status);
		}
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getReference() {
		return this.reference;
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public UUID getContactId() {
		return this.contactId;
	}

	public String getQuestion() {
		return this.question;
	}

	public IntakeStatus getStatus() {
		return this.status;
	}

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

	@Nullable DigitalMaturity getDigitalMaturity() {
		return this.digitalMaturity;
	}

	@Override
	public List<BaselineObstacle> getBaselineObstacles() {
		return List.copyOf(this.baselineObstacles);
	}

	public @Nullable Expectation getExpectation() {
		return this.expectation;
	}

	public @Nullable String getProposedOrganisationName() {
		return this.proposedOrganisationName;
	}

	void proposeOrganisationName(@Nullable String name) {
		this.proposedOrganisationName = name;
	}

	public @Nullable String getArticulatedQuestion() {
		return this.articulatedQuestion;
	}

	public List<Theme> getThemes() {
		return List.copyOf(this.themes);
	}

	public List<Obstacle> getObstacles() {
		return List.copyOf(this.obstacles);
	}

	public @Nullable AcademicPeriod getWantedPeriod() {
		return this.wantedPeriod;
	}

	public @Nullable UUID getAssigneeId() {
		return this.assigneeId;
	}

	public @Nullable String getInternalNotes() {
		return this.internalNotes;
	}

	public @Nullable String getClosingReason() {
		return this.closingReason;
	}

	String getSubmissionKey() {
		return this.submissionKey;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public @Nullable Instant getFirstResponseAt() {
		return this.firstResponseAt;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * What the entrepreneur (or staff for them) submitted, already validated.
	 *
	 * @param question the question in their words
	 * @param channel how it came in
	 * @param foundVia 0-meting vraag 1
	 * @param foundViaOther the "anders, namelijk" text
	 * @param reason 0-meting vraag 2
	 * @param maturity 0-meting vraag 3, 1 to 10
	 * @param baselineObstacles 0-meting vraag 4
	 * @param expectation 0-meting vraag 5
	 * @param digitalMaturity the digital maturity the submitter gave for the
	 * organisation: this werkplaats's to know, not a fact of the national register
	 */
	record Submission(String question, IntakeChannel channel, @Nullable FoundVia foundVia,
			@Nullable String foundViaOther, @Nullable String reason, @Nullable Integer maturity,
			List<BaselineObstacle> baselineObstacles, @Nullable Expectation expectation,
			@Nullable DigitalMaturity digitalMaturity) {
	}

	/**
	 * The werkplaats's reading of the question, already validated.
	 *
	 * @param articulatedQuestion the question as the coordinator articulated it
	 * @param themes the themes it touches
	 * @param obstacles the knelpunten it addresses
	 * @param wantedPeriod when the entrepreneur wants to start
	 * @param assigneeId the coordinator's membership id
	 * @param internalNotes notes for the team, never shown to the entrepreneur
	 */
	record Triage(@Nullable String articulatedQuestion, List<Theme> themes, List<Obstacle> obstacles,
			@Nullable AcademicPeriod wantedPeriod, @Nullable UUID assigneeId, @Nullable String internalNotes) {
	}

}
