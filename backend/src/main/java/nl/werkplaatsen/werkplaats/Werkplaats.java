package nl.werkplaatsen.werkplaats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A Digitale Werkplaats: the tenant. Its identity, region, contact and branding are
 * national (public) data in the tenant registry.
 */
@Entity
class Werkplaats implements WerkplaatsNode {

	@Id
	private UUID id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private WerkplaatsStatus status;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<Province> provinces = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> gemeenten = new ArrayList<>();

	@Embedded
	private Contact contact;

	@Embedded
	private Branding branding;

	private boolean demo;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	private @Nullable Instant archivedAt;

	@Version
	private @Nullable Long version;

	protected Werkplaats() {
	}

	Werkplaats(String slug, String name, Region region, Contact contact, @Nullable Branding branding, boolean demo) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.name = name;
		this.status = WerkplaatsStatus.ACTIVE;
		this.provinces = new ArrayList<>(region.provinces());
		this.gemeenten = new ArrayList<>(region.gemeenten());
		this.contact = contact;
		this.branding = (branding != null) ? branding : Branding.defaultFor(name);
		this.demo = demo;
	}

	/**
	 * Archives the werkplaats: its data stays, it leaves public lists and its memberships
	 * stop working.
	 */
	void archive() {
		if (this.status == WerkplaatsStatus.ARCHIVED) {
			throw new IllegalStateException("Werkplaats " + this.slug + " is already archived");
		}
		this.status = WerkplaatsStatus.ARCHIVED;
		this.archivedAt = Instant.now();
	}

	void rename(String name) {
		this.name = name;
	}

	void serve(Region region) {
		this.provinces = new ArrayList<>(region.provinces());
		this.gemeenten = new ArrayList<>(region.gemeenten());
	}

	void reachableAt(Contact contact) {
		this.contact = contact;
	}

	void rebrand(Branding branding) {
		this.branding = branding;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public WerkplaatsStatus getStatus() {
		return this.status;
	}

	public boolean isActive() {
		return this.status == WerkplaatsStatus.ACTIVE;
	}

	public Region getRegion() {
		return new Region(List.copyOf(this.provinces), List.copyOf(this.gemeenten));
	}

	public Contact getContact() {
		return (this.contact != null) ? this.contact : Contact.none();
	}

	public Branding getBranding() {
		return (this.branding != null) ? this.branding : Branding.defaultFor(this.name);
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable Instant getArchivedAt() {
		return this.archivedAt;
	}

	public long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
