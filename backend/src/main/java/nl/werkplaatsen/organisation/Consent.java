package nl.werkplaatsen.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;

/**
 * A contact's consent for one purpose, with the version of the text they agreed to.
 */
@Entity
@Audited("Consent")
class Consent {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID contactId;

	@Enumerated(EnumType.STRING)
	private ContactPurpose purpose;

	private String textVersion;

	private Instant givenAt;

	private @Nullable Instant withdrawnAt;

	@Enumerated(EnumType.STRING)
	private ConsentChannel channel;

	protected Consent() {
	}

	Consent(UUID contactId, ContactPurpose purpose, ConsentChannel channel, String textVersion, Instant givenAt) {
		this.id = UUID.randomUUID();
		this.channel = channel;
		this.contactId = contactId;
		this.purpose = purpose;
		this.textVersion = textVersion;
		this.givenAt = givenAt;
	}

	ConsentChannel getChannel() {
		return this.channel;
	}

}
