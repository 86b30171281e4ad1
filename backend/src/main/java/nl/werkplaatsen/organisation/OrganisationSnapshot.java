package nl.werkplaatsen.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.SizeClass;

/**
 * An organisation of the register as read for another module's field, without an entity:
 * lists hand on one per row.
 *
 * @param id the id
 * @param kvkNumber the KVK number
 * @param name the registered name
 * @param sbiSection the SBI section letter, if known
 * @param sbiCode the SBI code, if known
 * @param sizeClass the size class, if known
 * @param phase the phase, if known
 * @param address where it is
 */
record OrganisationSnapshot(UUID id, String kvkNumber, String name, @Nullable String sbiSection,
		@Nullable String sbiCode, @Nullable SizeClass sizeClass, @Nullable OrganisationPhase phase,
		Address address) implements OrganisationNode {

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public String getKvkNumber() {
		return this.kvkNumber;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public @Nullable String getSbiSection() {
		return this.sbiSection;
	}

	@Override
	public @Nullable String getSbiCode() {
		return this.sbiCode;
	}

	@Override
	public @Nullable SizeClass getSizeClass() {
		return this.sizeClass;
	}

	@Override
	public @Nullable OrganisationPhase getPhase() {
		return this.phase;
	}

	@Override
	public Address getAddress() {
		return this.address;
	}

}
