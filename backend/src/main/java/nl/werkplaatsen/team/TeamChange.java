package nl.werkplaatsen.team;

import java.time.Instant;
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
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * One change to a werkplaats's team, for the record: who changed whom, how, when.
 */
@Entity
@Table(name = "team_change")
class TeamChange implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID membershipId;

	private String memberName;

	@Enumerated(EnumType.STRING)
	private TeamChangeAction action;

	@Enumerated(EnumType.STRING)
	private @Nullable TeamRole oldRole;

	@Enumerated(EnumType.STRING)
	private @Nullable TeamRole newRole;

	private String actorSubject;

	private Instant changedAt;

	protected TeamChange() {
	}

	TeamChange(UUID membershipId, String memberName, TeamChangeAction action, @Nullable TeamRole oldRole,
			@Nullable TeamRole newRole, String actorSubject, Instant changedAt) {
		this.id = UUID.randomUUID();
		this.membershipId = membershipId;
		this.memberName = memberName;
		this.action = action;
		this.oldRole = oldRole;
		this.newRole = newRole;
		this.actorSubject = actorSubject;
		this.changedAt = changedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getMemberName() {
		return this.memberName;
	}

	public TeamChangeAction getAction() {
		return this.action;
	}

	public @Nullable TeamRole getOldRole() {
		return this.oldRole;
	}

	public @Nullable TeamRole getNewRole() {
		return this.newRole;
	}

	public String getActorSubject() {
		return this.actorSubject;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

}
