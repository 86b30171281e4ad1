package nl.werkplaatsen.ecosystem;

import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.Province;

/**
 * An initiative of the ecosystem map as other modules hand it to the API, e.g. as a
 * referral's target: its own fields; the rest resolves in this module.
 */
public interface InitiativeNode extends Node {

	/** The key the import files use, if any. */
	@Nullable String getImportKey();

	/** Its name. */
	String getName();

	/** Its province, if it has one. */
	@Nullable Province getProvince();

	/** What it does. */
	String getDescription();

	/** Changes with every change. */
	long getVersion();

}
