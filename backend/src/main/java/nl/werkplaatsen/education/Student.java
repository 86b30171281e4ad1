package nl.werkplaatsen.education;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.platform.graphql.Node;

/**
 * A student a werkplaats works with (personal data, tenant-owned): programme, study year,
 * the themes they can work on, when they are available and how many trajecten at once.
 */
@Entity
@Audited("Student")
class Student implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String name;

	private @Nullable String email;

	private UUID programmeId;

	private int studyYear;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Theme> themes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<AcademicPeriod> availablePeriods = new ArrayList<>();

	private int maxConcurrentTrajecten;

	private @Nullable UUID membershipId;

	@Version
	private long version;

	protected Student() {
	}

	Student(String name, @Nullable String email, UUID programmeId, int studyYear, List<Theme> themes,
			List<AcademicPeriod> availablePeriods, int maxConcurrentTrajecten, @Nullable UUID membershipId) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.email = email;
		this.programmeId = programmeId;
		this.studyYear = studyYear;
		this.themes = new ArrayList<>(themes);
		this.availablePeriods = new ArrayList<>(availablePeriods);
		this.maxConcurrentTrajecten = maxConcurrentTrajecten;
		this.membershipId = membershipId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public UUID getProgrammeId() {
		return this.programmeId;
	}

	public int getStudyYear() {
		return this.studyYear;
	}

	public List<Theme> getThemes() {
		return List.copyOf(this.themes);
	}

	public List<AcademicPeriod> getAvailablePeriods() {
		return List.copyOf(this.availablePeriods);
	}

	public int getMaxConcurrentTrajecten() {
		return this.maxConcurrentTrajecten;
	}

	public @Nullable UUID getMembershipId() {
		return this.membershipId;
	}

	public long getVersion() {
		return this.version;
	}

}
