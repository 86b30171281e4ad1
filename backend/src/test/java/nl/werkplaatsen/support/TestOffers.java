package nl.werkplaatsen.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The test data builder for offers: a valid {@code OfferCreateInput} for a published
 * offer, to change field by field, and its creation through the API.
 */
public final class TestOffers {

	/** Creates an offer and answers its id and user errors. */
	public static final String CREATE = """
			mutation($input: OfferCreateInput!) { offerCreate(input: $input) { offer { id } userErrors { code field } } }""";

	private TestOffers() {
	}

	/** A published offer with this title, on the menu all year. */
	public static Map<String, Object> published(String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("status", "PUBLISHED");
		return input;
	}

	/** Creates the offer as the staff member; returns its id. */
	public static String create(GraphQlClient graphQl, Persona staff, Map<String, Object> input) {
		String id = graphQl.execute(staff, CREATE, Map.of("input", input)).path("$.data.offerCreate.offer.id");
		if (id == null) {
			throw new IllegalStateException("The offer was not created: " + input);
		}
		return id;
	}

}
