package nl.werkplaatsen.organisation;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.werkplaats.Province;

/**
 * What is known of a business when it is first registered; already validated.
 *
 * @param kvkNumber the 8-digit KVK number
 * @param name the trade name
 * @param sbiSection the SBI section letter
 * @param sbiCode the SBI code
 * @param sizeClass the size class
 * @param phase the phase
 * @param street street and number
 * @param postcode postcode as {@code 1234 AB}
 * @param city place
 * @param gemeente municipality
 * @param province province
 */
public record Registration(String kvkNumber, String name, @Nullable String sbiSection, @Nullable String sbiCode,
		@Nullable SizeClass sizeClass, @Nullable OrganisationPhase phase, @Nullable String street,
		@Nullable String postcode, @Nullable String city, @Nullable String gemeente, @Nullable Province province) {

	/** A registration with only the number and name. */
	public static Registration of(String kvkNumber, String name) {
		return new Registration(kvkNumber, name, null, null, null, null, null, null, null, null, null);
	}

}
