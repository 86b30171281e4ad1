package nl.werkplaatsen.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.platform.graphql.Node;

/**
 * Someone registered for an event (personal data, with the consent they gave), and
 * whether they attended.
 */
@Entity
@Audited("Registration")
@Table(name = "event_registration")
class Registration extends AbstractAggregateRoot<Registration> implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID eventId;

	private String name;

	private String email;

	private @Nullable String organisationName;

	private @Nullable String kvkNumber;

	private String consentTextVersion;

	private Instant consentGivenAt;

	private @Nullable Boolean attended;

	private @Nullable Instant surveyConsentAt;

	private Instant registeredAt;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(UUID werkplaatsId, UUID eventId, String name, String email, @Nullable String organisationName,
			@Nullable String kvkNumber, String consentTextVersion, Instant now) {
		this.id = UUID.randomUUID();
		// Hibernate checks it against the tenant of the session: another werkplaats
		// fails.
		this.werkplaatsId = werkplaatsId;
		registerEvent(new EventRegistered(this.id, eventId, werkplaatsId, false));
		this.eventId = eventId;
		this.name = name;
		this.email = email;
		this.organisationName = organisationName;
		this.kvkNumber = kvkNumber;
		this.consentTextVersion = consentTextVersion;
		this.consentGivenAt = now;
		this.registeredAt = now;
	}

	void markAttendance(boolean attended, java.time.LocalDate eventDay) {
		if (attended && !Boolean.TRUE.equals(this.attended) && this.surveyConsentAt != null) {
			registerEvent(new AttendeePresent(this.id, this.eventId, this.werkplaatsId, eventDay));
		}
		this.attended = attended;
	}

	/** Records the attendee's consent to the survey after the training. */
	void consentToSurvey(Instant now) {
		this.surveyConsentAt = now;
	}

	boolean consentsToSurvey() {
		return this.surveyConsentAt != null;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public UUID getEventId() {
		return this.eventId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public @Nullable String getOrganisationName() {
		return this.organisationName;
	}

	public @Nullable String getKvkNumber() {
		return this.kvkNumber;
	}

	public @Nullable Boolean getAttended() {
		return this.attended;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

}
