package nl.werkplaatsen.event;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * Outreach without registrations: how many people a channel reached in a period.
 */
@Entity
class ReachRecord implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	@Enumerated(EnumType.STRING)
	private ReachChannel channel;

	private int reached;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private @Nullable String note;

	protected ReachRecord() {
	}

	ReachRecord(ReachChannel channel, int reached, LocalDate periodStart, LocalDate periodEnd, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.channel = channel;
		this.reached = reached;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.note = note;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public ReachChannel getChannel() {
		return this.channel;
	}

	public int getReached() {
		return this.reached;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
