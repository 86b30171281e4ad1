package nl.werkplaatsen.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The test data builder for intakes: a valid {@code IntakeSubmitInput} with a fresh KVK
 * number, to change field by field.
 */
public final class TestIntakes {

	/** Submits an intake and answers its reference. */
	public static final String SUBMIT = "mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { reference } }";

	private TestIntakes() {
	}

	/**
	 * Submits the input as an anonymous visitor of the website; returns the reference.
	 */
	public static String submit(GraphQlClient graphQl, Map<String, Object> input) {
		String reference = graphQl.execute(Persona.ANONYMOUS, SUBMIT, Map.of("input", input))
			.path("$.data.intakeSubmit.reference");
		if (reference == null) {
			throw new IllegalStateException("The intake was not accepted: " + input);
		}
		return reference;
	}

	/** A valid intake for the werkplaats with this slug. */
	public static Map<String, Object> valid(String slug) {
		Map<String, Object> input = new HashMap<>();
		String kvk = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		input.put("werkplaatsSlug", slug);
		input.put("kvkNumber", kvk);
		input.put("organisationName", "Bakkerij De Vries " + kvk.substring(4));
		input.put("contactName", "Anne de Vries");
		input.put("contactEmail", "anne@voorbeeld.nl");
		input.put("question", "Hoe krijg ik mijn bestellingen uit de webwinkel automatisch in de planning? " + kvk);
		input.put("consent", true);
		input.put("baseline", Map.of("foundVia", "WERKPLAATS_WEBSITE", "maturity", 4, "obstacles",
				List.of("UNAWARE_OF_BENEFITS", "LACK_OF_TIME"), "expectation", "CONCRETE_RESULT"));
		input.put("organisationDetails", Map.of("sizeClass", "MICRO", "postcode", "9712cp", "sbiSection", "G"));
		return input;
	}

}
