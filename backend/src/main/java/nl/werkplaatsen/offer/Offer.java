package nl.werkplaatsen.offer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.offer.OfferDetails.TargetGroup;
import nl.werkplaatsen.offer.OfferDetails.TypicalDuration;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.EducationLevel;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.taxonomy.AcademicPeriod;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.ActivityArchetype;

/**
 * An item on a werkplaats's menu (menukaart): tenant-owned, public once published.
 */
@Entity
class Offer implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ActivityArchetype archetype;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Theme> themes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private OfferFormat format;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<EducationLevel> educationLevels = new ArrayList<>();

	private @Nullable Integer durationAmount;

	@Enumerated(EnumType.STRING)
	private @Nullable DurationUnit durationUnit;

	private @Nullable Integer feeCents;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<SizeClass> sizeClasses = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> sbiSections = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<DigitalMaturity> maturityLevels = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Obstacle> obstacles = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<AcademicPeriod> availablePeriods = new ArrayList<>();

	private @Nullable Integer capacity;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private int displayOrder;

	private @Nullable UUID initiativeId;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Offer() {
	}

	Offer(OfferDetails details) {
		this.id = UUID.randomUUID();
		revise(details);
	}

	/** Replaces the offer's description with the given, already validated details. */
	final void revise(OfferDetails details) {
		this.title = details.title();
		this.description = details.description();
		this.archetype = details.archetype();
		this.themes = new ArrayList<>(details.themes());
		this.format = details.format();
		this.educationLevels = new ArrayList<>(details.educationLevels());
		this.durationAmount = (details.typicalDuration() != null) ? details.typicalDuration().amount() : null;
		this.durationUnit = (details.typicalDuration() != null) ? details.typicalDuration().unit() : null;
		this.feeCents = details.feeInCents();
		this.sizeClasses = new ArrayList<>(details.targetGroup().sizeClasses());
		this.sbiSections = new ArrayList<>(details.targetGroup().sbiSections());
		this.maturityLevels = new ArrayList<>(details.targetGroup().maturityLevels());
		this.obstacles = new ArrayList<>(details.obstacles());
		this.availablePeriods = new ArrayList<>(details.availablePeriods());
		this.capacity = details.capacity();
		this.status = details.status();
		this.displayOrder = details.displayOrder();
	}

	/** Names the ecosystem map's initiative the offer belongs to, or none. */
	void belongTo(@Nullable UUID initiativeId) {
		this.initiativeId = initiativeId;
	}

	@Nullable UUID getInitiativeId() {
		return this.initiativeId;
	}

	/** The offer's current details, the starting point of a partial update. */
	OfferDetails details() {
		return new OfferDetails(this.title, this.description, this.archetype, List.copyOf(this.themes), this.format,
				List.copyOf(this.educationLevels), getTypicalDuration(), this.feeCents, getTargetGroup(),
				List.copyOf(this.obstacles), List.copyOf(this.availablePeriods), this.capacity, this.status,
				this.displayOrder);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public ActivityArchetype getArchetype() {
		return this.archetype;
	}

	public List<Theme> getThemes() {
		return List.copyOf(this.themes);
	}

	public OfferFormat getFormat() {
		return this.format;
	}

	public List<EducationLevel> getEducationLevels() {
		return List.copyOf(this.educationLevels);
	}

	public @Nullable TypicalDuration getTypicalDuration() {
		return (this.durationAmount != null && this.durationUnit != null)
				? new TypicalDuration(this.durationAmount, this.durationUnit) : null;
	}

	public boolean isFree() {
		return this.feeCents == null;
	}

	public @Nullable Money getFee() {
		return (this.feeCents != null) ? new Money(this.feeCents, "EUR") : null;
	}

	public TargetGroup getTargetGroup() {
		return new TargetGroup(List.copyOf(this.sizeClasses), List.copyOf(this.sbiSections),
				List.copyOf(this.maturityLevels));
	}

	List<SizeClass> getSizeClasses() {
		return List.copyOf(this.sizeClasses);
	}

	List<String> getSbiSections() {
		return List.copyOf(this.sbiSections);
	}

	List<DigitalMaturity> getMaturityLevels() {
		return List.copyOf(this.maturityLevels);
	}

	public List<Obstacle> getObstacles() {
		return List.copyOf(this.obstacles);
	}

	public List<AcademicPeriod> getAvailablePeriods() {
		return List.copyOf(this.availablePeriods);
	}

	public @Nullable Integer getCapacity() {
		return this.capacity;
	}

	public OfferStatus getStatus() {
		return this.status;
	}

	public boolean isPublished() {
		return this.status == OfferStatus.PUBLISHED;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt.atOffset(ZoneOffset.UTC);
	}

	public OffsetDateTime getUpdatedAt() {
		return this.updatedAt.atOffset(ZoneOffset.UTC);
	}

	public long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

	/**
	 * An amount of money.
	 *
	 * @param amountInCents the amount in cents
	 * @param currency the ISO 4217 currency code
	 */
	public record Money(int amountInCents, String currency) {
	}

}
