package nl.werkplaatsen.network;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.platform.graphql.Node;

/**
 * A question one werkplaats hands to another (or to an initiative), and what became of
 * it. Its status moves only through the methods below, each refusing an illegal move.
 * Deliberately without {@code @TenantId}: both werkplaatsen work on the row, and
 * row-level security decides who sees it.
 */
@Entity
@Audited("Referral")
class Referral extends AbstractAggregateRoot<Referral> implements Node {

	@Id
	private UUID id;

	@Column(name = "werkplaats_id")
	private UUID fromWerkplaatsId;

	private @Nullable UUID toWerkplaatsId;

	private @Nullable UUID toInitiativeId;

	private UUID intakeId;

	private UUID organisationId;

	private String question;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private String sentBySubject;

	private Instant createdAt;

	private @Nullable Instant answeredAt;

	private @Nullable String declineReason;

	private @Nullable UUID receivedIntakeId;

	@Enumerated(EnumType.STRING)
	private @Nullable InitiativeOutcome initiativeOutcome;

	@UpdateTimestamp
	private Instant updatedAt;

	@Version
	private long version;

	protected Referral() {
	}

	private Referral(UUID fromWerkplaatsId, @Nullable UUID toWerkplaatsId, @Nullable UUID toInitiativeId, UUID intakeId,
			UUID organisationId, String question, @Nullable String note, String sentBySubject, Instant now) {
		this.id = UUID.randomUUID();
		this.fromWerkplaatsId = fromWerkplaatsId;
		this.toWerkplaatsId = toWerkplaatsId;
		this.toInitiativeId = toInitiativeId;
		this.intakeId = intakeId;
		this.organisationId = organisationId;
		this.question = question;
		this.note = note;
		this.sentBySubject = sentBySubject;
		this.status = ReferralStatus.SENT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A referral from one werkplaats's intake to another werkplaats. */
	static Referral toWerkplaats(UUID from, UUID to, UUID intakeId, UUID organisationId, String question,
			@Nullable String note, String sentBySubject, Instant now) {
		if (from.equals(to)) {
			throw new IllegalReferralTransition("A werkplaats does not refer to itself");
		}
		Referral referral = new Referral(from, to, null, intakeId, organisationId, question, note, sentBySubject, now);
		referral.registerEvent(new ReferralSent(referral.id, from, to));
		return referral;
	}

	/** A referral from one werkplaats's intake to an initiative of the ecosystem map. */
	static Referral toInitiative(UUID from, UUID initiativeId, UUID intakeId, UUID organisationId, String question,
			@Nullable String note, String sentBySubject, Instant now) {
		return new Referral(from, null, initiativeId, intakeId, organisationId, question, note, sentBySubject, now);
	}

	/** The receiving werkplaats accepts it, with the intake it created for it. */
	void accept(UUID receivedIntakeId, Instant now) {
		answer(ReferralStatus.ACCEPTED, now);
		this.receivedIntakeId = receivedIntakeId;
	}

	/** The receiving werkplaats declines it, saying why. */
	void decline(String reason, Instant now) {
		answer(ReferralStatus.DECLINED, now);
		this.declineReason = reason;
	}

	/** Nobody answered within the given time. */
	boolean expireIfUnanswered(Duration expireAfter, Instant now) {
		if (this.status != ReferralStatus.SENT || this.toWerkplaatsId == null
				|| this.createdAt.plus(expireAfter).isAfter(now)) {
			return false;
		}
		answer(ReferralStatus.EXPIRED, now);
		return true;
	}

	/** The sender takes it back before an answer. */
	void withdraw(Instant now) {
		answer(ReferralStatus.WITHDRAWN, now);
	}

	/** The sender records what the initiative did with it. */
	void recordInitiativeOutcome(InitiativeOutcome outcome, Instant now) {
		if (this.toInitiativeId == null) {
			throw new IllegalReferralTransition("Only a referral to an initiative has an outcome to record");
		}
		if (this.status != ReferralStatus.SENT && this.status != ReferralStatus.ACCEPTED) {
			throw new IllegalReferralTransition("The referral is " + this.status);
		}
		this.initiativeOutcome = outcome;
		if (this.answeredAt == null) {
			this.answeredAt = now;
		}
	}

	private void answer(ReferralStatus answered, Instant now) {
		if (this.status != ReferralStatus.SENT) {
			throw new IllegalReferralTransition("The referral is " + this.status + " and can no longer be answered");
		}
		if (answered != ReferralStatus.WITHDRAWN && answered != ReferralStatus.EXPIRED && this.toWerkplaatsId == null) {
			throw new IllegalReferralTransition("An initiative answers outside the platform");
		}
		this.status = answered;
		this.answeredAt = now;
		registerEvent(
				new ReferralAnswered(this.id, answered, this.fromWerkplaatsId, this.toWerkplaatsId, this.intakeId));
	}

	/** The events registered and not yet published (they go out when it is saved). */
	java.util.Collection<Object> pendingEvents() {
		return domainEvents();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getFromWerkplaatsId() {
		return this.fromWerkplaatsId;
	}

	@Nullable UUID getToWerkplaatsId() {
		return this.toWerkplaatsId;
	}

	@Nullable UUID getToInitiativeId() {
		return this.toInitiativeId;
	}

	UUID getIntakeId() {
		return this.intakeId;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	public String getQuestion() {
		return this.question;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public ReferralStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public @Nullable String getDeclineReason() {
		return this.declineReason;
	}

	@Nullable UUID getReceivedIntakeId() {
		return this.receivedIntakeId;
	}

	@Nullable InitiativeOutcome getInitiativeOutcome() {
		return this.initiativeOutcome;
	}

	public long getVersion() {
		return this.version;
	}

}
