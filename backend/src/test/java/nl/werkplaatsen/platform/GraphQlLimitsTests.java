package nl.werkplaatsen.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that keep one request from taking the platform down refuse abusive documents
 * as BAD_REQUEST, never as a fault, and say nothing about the platform's insides.
 */
@PlatformTest
class GraphQlLimitsTests {

	@Autowired
	GraphQlClient graphQl;

	@Test
	void refusesPagesLargerThanAHundred() {
		Response response = this.graphQl.execute(ANONYMOUS, "{ werkplaatsen(first: 101) { totalCount } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
		assertThat(response.status()).isLessThan(500);
	}

	@Test
	void refusesARequestBodyOverTheSizeLimitBeforeReadingIt() {
		String huge = "x".repeat(70_000);
		Response response = this.graphQl.execute(ANONYMOUS, nl.werkplaatsen.support.TestIntakes.SUBMIT,
				Map.of("input", Map.of("question", huge)));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
	}

	@Test
	void refusesAMalformedCursor() {
		Response response = this.graphQl.execute(ANONYMOUS, "{ werkplaatsen(after: \"%%%\") { totalCount } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
	}

	@ParameterizedTest
	@ValueSource(strings = { "intakes", "trajecten", "events" })
	void refusesATamperedCursorOnTheArgument(String list) {
		String instant = "2026-09-01T09:00:00Z";
		String id = java.util.UUID.randomUUID().toString();
		for (String tampered : List.of(cursor("not an instant", id), cursor("+1000000-01-01T00:00:00Z", id),
				cursor(instant, "not-a-uuid"), cursor(instant), cursor("2026-09-01", id),
				cursor(instant + "\u0000", id), "%%%")) {
			String arguments = "events".equals(list) ? "werkplaatsSlug: \"werkplaats-online-ondernemen\", " : "";
			Response response = this.graphQl.execute(WOO_COORDINATOR,
					"query($after: String) { " + list + "(" + arguments + "after: $after) { totalCount } }",
					Map.of("after", tampered));

			assertThat(response.classifications()).as(tampered).containsExactly("BAD_REQUEST");
			assertThat(response.<String>path("$.errors[0].extensions.argument")).isEqualTo("after");
			assertThat(response.<String>path("$.errors[0].message")).isEqualTo("'after' is not a cursor of this list");
		}
	}

	private static String cursor(String... values) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join("\u001f", values).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void refusesQueriesWhoseCostGrowsWithNestedPageSizes() {
		Response response = this.graphQl.execute(ANONYMOUS,
				"{ werkplaatsen(first: 100) { nodes { offers(first: 100) { nodes { title description } } } } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
		assertThat(response.<Object>path("$.data")).isNull();
	}

	@Test
	void aDocumentAdmittedOnceIsStillRefusedWithCostlierVariables() {
		String document = "query($outer: Int, $inner: Int) { werkplaatsen(first: $outer) "
				+ "{ nodes { offers(first: $inner) { nodes { title description } } } } }";

		for (int i = 0; i < 2; i++) {
			assertThat(this.graphQl.execute(ANONYMOUS, document, Map.of("outer", 5, "inner", 5)).errors()).isEmpty();
			assertThat(this.graphQl.execute(ANONYMOUS, document, Map.of("outer", 100, "inner", 100)).classifications())
				.as("the costly variables, time %d", i + 1)
				.containsExactly("BAD_REQUEST");
		}
	}

	@Test
	void refusesIntrospectionWhereItIsOffAsABadRequest() {
		Response response = this.graphQl.execute(ANONYMOUS, "{ __schema { types { name } } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("IntrospectionDisabled");
	}

	@Test
	void admitsAnOrdinaryNestedQuery() {
		Response response = this.graphQl.execute(ANONYMOUS,
				"{ werkplaatsen(first: 20) { nodes { slug offers(first: 10) { nodes { title } } } } }");

		assertThat(response.errors()).isEmpty();
	}

	@Test
	void refusesTooManyAliases() {
		String aliases = IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" "));

		Response response = this.graphQl.execute(ANONYMOUS, "{ " + aliases + " }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
	}

	@Test
	void refusesTooDeepQueries() {
		Response response = this.graphQl
			.execute(ANONYMOUS, "{ werkplaatsen { nodes { offers { nodes { werkplaats { offers {"
					+ " nodes { werkplaats { offers { nodes { werkplaats { offers { nodes { werkplaats { slug } } } } } } } } } } } } } } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
	}

	@Test
	void refusesDocumentsWithTooManyTokens() {
		String fields = IntStream.range(0, 6000).mapToObj((i) -> "__typename").collect(Collectors.joining(" "));

		Response response = this.graphQl.execute(ANONYMOUS, "{ " + fields + " }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
		assertThat(response.status()).isLessThan(500);
	}

	@Test
	void introspectionIsOffOutsideTheLocalProfile() {
		Response response = this.graphQl.execute(ANONYMOUS, IntrospectionQuery.INTROSPECTION_QUERY);

		assertThat(response.<Object>path("$.data.__schema")).isNull();
		assertThat(response.errors()).isNotEmpty();
	}

	@Test
	void unknownFieldsGetNoSuggestionsAndErrorsRevealNoInternals() {
		Response response = this.graphQl.execute(ANONYMOUS, "{ werkplaatsen { nodez { slug } } }");

		assertThat(response.classifications()).containsExactly("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("Did you mean", "nodes", "Exception", "nl.werkplaatsen", "SQL");
	}

	@Test
	void nodeWithAMalformedIdIsNull() {
		Response response = this.graphQl.execute(ANONYMOUS, "query($id: ID!) { node(id: $id) { id } }",
				Map.of("id", "not-an-id"));

		assertThat(response.errors()).isEmpty();
		assertThat(response.<Object>path("$.data.node")).isNull();
	}

}
