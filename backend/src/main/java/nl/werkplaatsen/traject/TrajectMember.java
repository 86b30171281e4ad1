package nl.werkplaatsen.traject;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;

/**
 * Someone on a traject's team: a student, or a teacher or expert of the werkplaats's
 * team, with the hours they spent (optional).
 */
@Entity
@Audited("TrajectMember")
@Table(name = "traject_member")
class TrajectMember {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private UUID trajectId;

	private @Nullable UUID studentId;

	private @Nullable UUID membershipId;

	@Enumerated(EnumType.STRING)
	private TeamRoleOnTraject role;

	private @Nullable BigDecimal hours;

	protected TrajectMember() {
	}

	TrajectMember(UUID trajectId, @Nullable UUID studentId, @Nullable UUID membershipId, TeamRoleOnTraject role,
			@Nullable BigDecimal hours) {
		this.id = UUID.randomUUID();
		this.trajectId = trajectId;
		this.studentId = studentId;
		this.membershipId = membershipId;
		this.role = role;
		this.hours = hours;
	}

	UUID getTrajectId() {
		return this.trajectId;
	}

	public @Nullable UUID getStudentId() {
		return this.studentId;
	}

	public @Nullable UUID getMembershipId() {
		return this.membershipId;
	}

	public TeamRoleOnTraject getRole() {
		return this.role;
	}

	public @Nullable BigDecimal getHours() {
		return this.hours;
	}

}
