package nl.werkplaatsen.education;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;

/**
 * A teacher's or expert's profile in a werkplaats: a teacher's institution, an expert's
 * company and expertise.
 */
@Entity
@Audited("CoachProfile")
@Table(name = "coach_profile")
class CoachProfile {

	@Id
	private UUID membershipId;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private @Nullable UUID institutionId;

	private @Nullable String expertCompany;

	private @Nullable String expertise;

	@Version
	private @Nullable Long version;

	protected CoachProfile() {
	}

	CoachProfile(UUID membershipId) {
		this.membershipId = membershipId;
	}

	void describe(@Nullable UUID institutionId, @Nullable String expertCompany, @Nullable String expertise) {
		this.institutionId = institutionId;
		this.expertCompany = expertCompany;
		this.expertise = expertise;
	}

	UUID getMembershipId() {
		return this.membershipId;
	}

	@Nullable UUID getInstitutionId() {
		return this.institutionId;
	}

	public @Nullable String getExpertCompany() {
		return this.expertCompany;
	}

	public @Nullable String getExpertise() {
		return this.expertise;
	}

}
