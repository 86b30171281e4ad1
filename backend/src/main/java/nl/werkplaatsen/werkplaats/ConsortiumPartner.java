package nl.werkplaatsen.werkplaats;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A partner in a werkplaats's consortium: an education institution, intermediary,
 * government or expert company, with its role.
 */
@Entity
class ConsortiumPartner {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String name;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	@Enumerated(EnumType.STRING)
	private @Nullable EducationLevel educationLevel;

	@Enumerated(EnumType.STRING)
	private PartnerRole role;

	private int position;

	protected ConsortiumPartner() {
	}

	ConsortiumPartner(String name, PartnerKind kind, @Nullable EducationLevel educationLevel, PartnerRole role,
			int position) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.kind = kind;
		this.educationLevel = educationLevel;
		this.role = role;
		this.position = position;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getName() {
		return this.name;
	}

	public PartnerKind getKind() {
		return this.kind;
	}

	public @Nullable EducationLevel getEducationLevel() {
		return this.educationLevel;
	}

	public PartnerRole getRole() {
		return this.role;
	}

	public int getPosition() {
		return this.position;
	}

}
