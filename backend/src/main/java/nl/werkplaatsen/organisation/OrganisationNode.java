package nl.werkplaatsen.organisation;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.Province;
import nl.werkplaatsen.taxonomy.SizeClass;

/**
 * An organisation of the register as the API's {@code Organisation} type shows it,
 * read-only: what other modules hand on for their fields of that type (an intake's, a
 * traject's organisation); the schema inspection checks the type's fields against these
 * getters.
 */
public interface OrganisationNode extends Node {

	/** The KVK number, eight digits. */
	String getKvkNumber();

	/** The registered name. */
	String getName();

	/** The SBI section letter, if known. */
	@Nullable String getSbiSection();

	/** The SBI code, if known. */
	@Nullable String getSbiCode();

	/** The size class, if known. */
	@Nullable SizeClass getSizeClass();

	/** The phase, if known. */
	@Nullable OrganisationPhase getPhase();

	/** The address. */
	Address getAddress();

	/**
	 * An address in the Netherlands.
	 *
	 * @param street street and number
	 * @param postcode postcode written as {@code 1234 AB}
	 * @param city place
	 * @param gemeente municipality
	 * @param province province
	 */
	public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city,
			@Nullable String gemeente, @Nullable Province province) {
	}

}
