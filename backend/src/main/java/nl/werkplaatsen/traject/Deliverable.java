package nl.werkplaatsen.traject;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;

/**
 * Something a traject handed over: an advice, a roadmap, a prototype, a report.
 */
@Entity
@Table(name = "traject_deliverable")
class Deliverable implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID trajectId;

	@Enumerated(EnumType.STRING)
	private DeliverableKind kind;

	private String title;

	private @Nullable String link;

	private LocalDate deliveredOn;

	protected Deliverable() {
	}

	Deliverable(UUID trajectId, DeliverableKind kind, String title, @Nullable String link, LocalDate deliveredOn) {
		this.id = UUID.randomUUID();
		this.trajectId = trajectId;
		this.kind = kind;
		this.title = title;
		this.link = link;
		this.deliveredOn = deliveredOn;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getTrajectId() {
		return this.trajectId;
	}

	public DeliverableKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getLink() {
		return this.link;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

}
