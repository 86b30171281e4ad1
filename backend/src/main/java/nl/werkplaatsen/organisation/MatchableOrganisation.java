package nl.werkplaatsen.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.SizeClass;

/**
 * An organisation as matching sees it: the target-group facts of the register and the
 * digital maturity the acting werkplaats learned in its own intakes; immutable, read when
 * it was asked for.
 *
 * @param id the organisation
 * @param sizeClass its size class, if known
 * @param sbiSection its SBI section, if known
 * @param digitalMaturity its digital maturity, as the acting werkplaats's latest intake
 * of it says
 */
public record MatchableOrganisation(UUID id, @Nullable SizeClass sizeClass, @Nullable String sbiSection,
		@Nullable DigitalMaturity digitalMaturity) {

	static MatchableOrganisation of(Organisation organisation, @Nullable DigitalMaturity digitalMaturity) {
		return new MatchableOrganisation(organisation.getId(), organisation.getSizeClass(),
				organisation.getSbiSection(), digitalMaturity);
	}

}
