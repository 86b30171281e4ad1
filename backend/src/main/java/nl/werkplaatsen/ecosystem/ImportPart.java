package nl.werkplaatsen.ecosystem;

import java.util.List;

/**
 * The three files of an ecosystem import, each a multipart part of this name with exactly
 * these columns.
 */
enum ImportPart {

	INITIATIVES("initiatives", List.of("id", "name", "province", "description")),

	ACTIVITIES("activities",
			List.of("id", "initiative_id", "archetype", "province", "maturity", "bereik_class", "inspanning_class",
					"reach", "title", "digitaliseringsvorm", "knelpunt", "doelgroep_sector")),

	PROVIDERS("providers", List.of("initiative_id", "provider_name", "role"));

	private final String partName;

	private final List<String> columns;

	ImportPart(String partName, List<String> columns) {
		this.partName = partName;
		this.columns = columns;
	}

	String partName() {
		return this.partName;
	}

	List<String> columns() {
		return this.columns;
	}

	String header() {
		return String.join(",", this.columns);
	}

}
