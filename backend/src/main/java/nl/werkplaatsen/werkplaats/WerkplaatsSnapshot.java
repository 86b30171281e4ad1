package nl.werkplaatsen.werkplaats;

import java.util.UUID;

/**
 * A werkplaats as it was read, immutable, so one replica can hand the same one to every
 * request until the werkplaats changes.
 *
 * @param id the id
 * @param slug the slug
 * @param name the name
 * @param status active or archived
 * @param demo whether it is a demo werkplaats
 * @param region the provinces and gemeenten it serves
 * @param contact how entrepreneurs reach it
 * @param branding how it presents itself
 * @param version the last change
 */
record WerkplaatsSnapshot(UUID id, String slug, String name, WerkplaatsStatus status, boolean demo, Region region,
		Contact contact, Branding branding, long version) implements WerkplaatsNode {

	static WerkplaatsSnapshot of(Werkplaats werkplaats) {
		return new WerkplaatsSnapshot(werkplaats.getId(), werkplaats.getSlug(), werkplaats.getName(),
				werkplaats.getStatus(), werkplaats.isDemo(), werkplaats.getRegion(), werkplaats.getContact(),
				werkplaats.getBranding(), werkplaats.getVersion());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public WerkplaatsStatus getStatus() {
		return this.status;
	}

	@Override
	public boolean isDemo() {
		return this.demo;
	}

	@Override
	public Region getRegion() {
		return this.region;
	}

	@Override
	public Contact getContact() {
		return this.contact;
	}

	@Override
	public Branding getBranding() {
		return this.branding;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
