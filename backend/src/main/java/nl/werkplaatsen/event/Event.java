package nl.werkplaatsen.event;

import java.time.Instant;
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

import nl.werkplaatsen.platform.graphql.Node;

/**
 * A training or meeting of a werkplaats: public once scheduled, open for registration
 * while it lies ahead and places are left.
 */
@Entity
class Event implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private Instant startsAt;

	private @Nullable Instant endsAt;

	private boolean online;

	private @Nullable String location;

	private @Nullable Integer capacity;

	@Enumerated(EnumType.STRING)
	private EventStatus status;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	@Version
	private long version;

	protected Event() {
	}

	Event(String title, String description, EventKind kind, Instant startsAt, @Nullable Instant endsAt, boolean online,
			@Nullable String location, @Nullable Integer capacity) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.description = description;
		this.kind = kind;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.online = online;
		this.location = location;
		this.capacity = capacity;
		this.status = EventStatus.SCHEDULED;
	}

	/** Why a registration now is refused, or null when it is open. */
	/**
	 * Why the event takes no registrations at all (cancelled, begun or past, or its
	 * werkplaats archived), or null while it is open: said before anything of the
	 * registration is looked at.
	 */
	@Nullable String closedForRegistration(boolean werkplaatsActive, Instant now) {
		if (!werkplaatsActive) {
			return "This werkplaats has stopped; its events take no registrations.";
		}
		if (this.status == EventStatus.CANCELLED) {
			return "This event is cancelled.";
		}
		if (!this.startsAt.isAfter(now)) {
			return "This event has already started.";
		}
		return null;
	}

	/** Whether the event has no place left for one more registration. */
	boolean isFull(long registered) {
		return this.capacity != null && registered >= this.capacity;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	EventKind getKind() {
		return this.kind;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public @Nullable Instant getEndsAt() {
		return this.endsAt;
	}

	public boolean isOnline() {
		return this.online;
	}

	public @Nullable String getLocation() {
		return this.location;
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	EventStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

}
