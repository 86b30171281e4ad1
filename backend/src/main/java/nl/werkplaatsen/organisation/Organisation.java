package nl.werkplaatsen.organisation;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.werkplaats.Province;

/**
 * A business in the national KVK register: one record per KVK number, shared by all
 * werkplaatsen, written once by {@link OrganisationRegister#register} and never
 * overwritten by an intake.
 */
@Entity
@Immutable
class Organisation implements OrganisationNode {

	@Id
	private UUID id;

	private String kvkNumber;

	private String name;

	private @Nullable String sbiSection;

	private @Nullable String sbiCode;

	@Enumerated(EnumType.STRING)
	private @Nullable SizeClass sizeClass;

	@Enumerated(EnumType.STRING)
	private @Nullable OrganisationPhase phase;

	private @Nullable String street;

	private @Nullable String postcode;

	private @Nullable String city;

	private @Nullable String gemeente;

	@Enumerated(EnumType.STRING)
	private @Nullable Province province;

	@Version
	private long version;

	protected Organisation() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getKvkNumber() {
		return this.kvkNumber;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getSbiSection() {
		return this.sbiSection;
	}

	public @Nullable String getSbiCode() {
		return this.sbiCode;
	}

	public @Nullable SizeClass getSizeClass() {
		return this.sizeClass;
	}

	public @Nullable OrganisationPhase getPhase() {
		return this.phase;
	}

	/** The visiting address, as far as known. */
	public Address getAddress() {
		return new Address(this.street, this.postcode, this.city, this.gemeente, this.province);
	}

}
