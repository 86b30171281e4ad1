package nl.werkplaatsen.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.platform.graphql.Node;

/**
 * A werkplaats's note about an organisation, for its own staff, saying who wrote it.
 */
@Entity
@Audited("OrganisationNote")
@Table(name = "organisation_note")
class Note implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID organisationId;

	private String authorSubject;

	private String authorName;

	private String body;

	private Instant createdAt;

	protected Note() {
	}

	Note(UUID organisationId, String authorSubject, String authorName, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.authorSubject = authorSubject;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	/** Who wrote it: their name in the team when writing. */
	public String getAuthorName() {
		return this.authorName;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
