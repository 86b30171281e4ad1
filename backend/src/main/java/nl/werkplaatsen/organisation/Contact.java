package nl.werkplaatsen.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;

/**
 * A person at an organisation whom a werkplaats is in touch with: personal data, kept by
 * that werkplaats alone.
 */
@Entity
@Audited("Contact")
@Table(name = "organisation_contact")
class Contact {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID organisationId;

	private String name;

	private String email;

	private @Nullable String phone;

	private @Nullable String role;

	@CreationTimestamp
	private Instant createdAt;

	@Version
	private long version;

	protected Contact() {
	}

	Contact(UUID organisationId, String name, String email, @Nullable String phone, @Nullable String role) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.role = role;
	}

	/**
	 * Erases the person's details after they withdrew their consent; the record stays so
	 * the intake it belongs to still counts.
	 */
	UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	void erase() {
		this.name = "(verwijderd)";
		this.email = "verwijderd@invalid";
		this.phone = null;
		this.role = null;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public @Nullable String getRole() {
		return this.role;
	}

}
