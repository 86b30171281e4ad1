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
class Initiative implements Node {

	@Id
	private UUID id;

	private @Nullable String importKey;

	private String name;

	@Enumerated(EnumType.STRING)
	private @Nullable Province province;

	private String description;

	private @Nullable Instant archivedAt;

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
