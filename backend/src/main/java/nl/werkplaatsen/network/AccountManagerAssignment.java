package nl.werkplaatsen.network;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;

/**
 * One naming of an organisation's account manager: the lead werkplaats (which owns the
 * row) and one of its team members. Never changed: the newest is current, the older ones
 * are the record of changes.
 */
@Entity
class AccountManagerAssignment {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID organisationId;

	private UUID teamMemberId;

	private String teamMemberName;

	private String assignedBySubject;

	private Instant assignedAt;

	protected AccountManagerAssignment() {
	}

	AccountManagerAssignment(UUID werkplaatsId, UUID organisationId, UUID teamMemberId, String teamMemberName,
			String assignedBySubject, Instant assignedAt) {
		this.id = UUID.randomUUID();
		this.werkplaatsId = werkplaatsId;
		this.organisationId = organisationId;
		this.teamMemberId = teamMemberId;
		this.teamMemberName = teamMemberName;
		this.assignedBySubject = assignedBySubject;
		this.assignedAt = assignedAt;
	}

}
