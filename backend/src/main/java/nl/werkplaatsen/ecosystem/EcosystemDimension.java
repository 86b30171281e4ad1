package nl.werkplaatsen.ecosystem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * A dimension of the Regioscan that the ecosystem's statistics group activities by, with
 * the column it is read from and the order its values are listed in.
 */
enum EcosystemDimension {

	ARCHETYPE("a.archetype", "archetype", ActivityArchetype.values()),

	PROVINCE("a.province", "province", Province.values()),

	MATURITY("a.maturity", "maturity", EcosystemMaturity.values()),

	REACH_CLASS("a.reach_class", "reachClass", EcosystemLevel.values()),

	EFFORT_CLASS("a.effort_class", "effortClass", EcosystemLevel.values()),

	DIGITALISATION_FORM("a.digitalisation_form", "digitalisationForm", DigitalisationForm.values()),

	OBSTACLE("a.obstacle", "obstacle", Obstacle.values()),

	/**
	 * One row per SBI section an activity is for; ALL for activities for every sector.
	 */
	SECTOR("sector.section", "sector", new Enum<?>[0]);

	private final String column;

	private final String field;

	private final String values;

	EcosystemDimension(String column, String field, Enum<?>[] values) {
		this.column = column;
		this.field = field;
		this.values = Arrays.stream(values)
			.map((value) -> "'" + value.name() + "'")
			.collect(Collectors.joining(",", "array[", "]::varchar[]"));
	}

	/** The SQL expression of its value; only constants of this class, never input. */
	String column() {
		return this.column;
	}

	/** Its name as a column of a query's result. */
	String alias() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The SQL expression to order its values by, from its alias: the typology's own order
	 * (LOW before MEDIUM), as the report's tables list them.
	 */
	String order() {
		return (this == SECTOR) ? alias() : "array_position(" + this.values + ", " + alias() + ")";
	}

	/** The field of a statistics row that holds its value. */
	String field() {
		return this.field;
	}

}
