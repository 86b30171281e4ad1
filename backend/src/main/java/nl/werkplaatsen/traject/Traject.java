package nl.werkplaatsen.traject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.platform.graphql.Node;

/**
 * A student engagement for one organisation. Its status moves only through the methods
 * below, each of which refuses an illegal transition.
 */
@Entity
class Traject extends AbstractAggregateRoot<Traject> implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID intakeId;

	private UUID offerId;

	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	private TrajectStatus status;

	@Enumerated(EnumType.STRING)
	private @Nullable AcademicPeriod academicPeriod;

	private @Nullable LocalDate plannedStart;

	private @Nullable LocalDate plannedEnd;

	private @Nullable LocalDate startedOn;

	private @Nullable LocalDate deliveredOn;

	private @Nullable Instant completedAt;

	private @Nullable Instant cancelledAt;

	private @Nullable String cancelReason;

	private Instant lastActivityAt;

	private @Nullable Instant staleSince;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	@Version
	private long version;

	protected Traject() {
	}

	Traject(UUID werkplaatsId, String werkplaatsSlug, UUID intakeId, UUID offerId, UUID organisationId,
			@Nullable AcademicPeriod academicPeriod, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
			Instant now) {
		this.id = UUID.randomUUID();
		// Hibernate checks it against the tenant of the session: another werkplaats
		// fails.
		this.werkplaatsId = werkplaatsId;
		this.intakeId = intakeId;
		this.offerId = offerId;
		this.organisationId = organisationId;
		this.status = TrajectStatus.PLANNED;
		this.academicPeriod = academicPeriod;
		this.plannedStart = plannedStart;
		this.plannedEnd = plannedEnd;
		this.lastActivityAt = now;
		registerEvent(new TrajectCreated(this.id, intakeId, werkplaatsId, werkplaatsSlug, organisationId));
	}

	/** The events registered and not yet published (they go out when it is saved). */
	java.util.Collection<Object> pendingEvents() {
		return domainEvents();
	}

	void start(LocalDate on, Instant now) {
		require(TrajectStatus.PLANNED, "started");
		this.status = TrajectStatus.RUNNING;
		this.startedOn = on;
		touch(now);
	}

	void deliver(LocalDate on, Instant now) {
		require(TrajectStatus.RUNNING, "delivered");
		this.status = TrajectStatus.DELIVERED;
		this.deliveredOn = on;
		touch(now);
	}

	void complete(Instant now) {
		require(TrajectStatus.DELIVERED, "completed");
		this.status = TrajectStatus.COMPLETED;
		this.completedAt = now;
		touch(now);
		registerEvent(new TrajectCompleted(this.id, this.werkplaatsId, this.organisationId, this.offerId, now));
	}

	void cancel(String reason, Instant now) {
		if (this.status == TrajectStatus.COMPLETED || this.status == TrajectStatus.CANCELLED) {
			throw new IllegalTrajectTransition(this.status, "cancelled");
		}
		this.status = TrajectStatus.CANCELLED;
		this.cancelledAt = now;
		this.cancelReason = reason;
		touch(now);
	}

	/** Records activity (any change, a deliverable): the traject is no longer stale. */
	void touch(Instant now) {
		this.lastActivityAt = now;
		this.staleSince = null;
	}

	/**
	 * Flags the traject stale when it is still open and nothing happened for the given
	 * time; true when it became stale now.
	 */
	boolean flagIfStale(Duration staleAfter, Instant now) {
		boolean open = this.status == TrajectStatus.PLANNED || this.status == TrajectStatus.RUNNING
				|| this.status == TrajectStatus.DELIVERED;
		if (open && this.staleSince == null && this.lastActivityAt.plus(staleAfter).isBefore(now)) {
			this.staleSince = now;
			return true;
		}
		return false;
	}

	private void require(TrajectStatus expected, String action) {
		if (this.status != expected) {
			throw new IllegalTrajectTransition(this.status, action);
		}
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public UUID getIntakeId() {
		return this.intakeId;
	}

	public UUID getOfferId() {
		return this.offerId;
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public TrajectStatus getStatus() {
		return this.status;
	}

	public @Nullable AcademicPeriod getAcademicPeriod() {
		return this.academicPeriod;
	}

	public @Nullable LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	public @Nullable LocalDate getPlannedEnd() {
		return this.plannedEnd;
	}

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public @Nullable LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public @Nullable Instant getCompletedAt() {
		return this.completedAt;
	}

	public @Nullable Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public @Nullable String getCancelReason() {
		return this.cancelReason;
	}

	public Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

	public @Nullable Instant getStaleSince() {
		return this.staleSince;
	}

	public boolean isStale() {
		return this.staleSince != null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
