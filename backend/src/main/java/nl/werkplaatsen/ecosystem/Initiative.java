package nl.werkplaatsen.ecosystem;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.Province;

/**
 * An initiative of the ecosystem map: a programme, hub or network that helps small
 * businesses digitise, with its activities and providers.
 */
@Entity
class Initiative implements InitiativeNode {

	@Id
	private UUID id;

	private @Nullable String importKey;

	private String name;

	@Enumerated(EnumType.STRING)
	private @Nullable Province province;

	private String description;

	private @Nullable Instant archivedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Initiative() {
	}

	Initiative(@Nullable String importKey, String name, @Nullable Province province, String description) {
		this.id = UUID.randomUUID();
		this.importKey = importKey;
		this.name = name;
		this.province = province;
		this.description = description;
		this.updatedAt = Instant.now();
	}

	/** Changes what is given; null leaves a field as it is. */
	void change(@Nullable String importKey, @Nullable String name, @Nullable Province province, boolean provinceGiven,
			@Nullable String description, Instant now) {
		if (importKey != null) {
			this.importKey = importKey;
		}
		if (name != null) {
			this.name = name;
		}
		if (provinceGiven) {
			this.province = province;
		}
		if (description != null) {
			this.description = description;
		}
		this.updatedAt = now;
	}

	public @Nullable String getImportKey() {
		return this.importKey;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable Province getProvince() {
		return this.province;
	}

	public String getDescription() {
		return this.description;
	}

	boolean isArchived() {
		return this.archivedAt != null;
	}

	public long getVersion() {
		return this.version;
	}

}
