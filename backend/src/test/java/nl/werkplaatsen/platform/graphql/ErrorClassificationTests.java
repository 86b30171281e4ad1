package nl.werkplaatsen.platform.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client sees only the classifications the contract README lists: graphql-java's own
 * refusals of a document become {@code BAD_REQUEST}; the platform's pass as they are.
 */
class ErrorClassificationTests {

	@ParameterizedTest
	@CsvSource({ "InvalidSyntax, BAD_REQUEST", "ValidationError, BAD_REQUEST", "ExecutionAborted, BAD_REQUEST",
			"BadFaithIntrospection, BAD_REQUEST", "IntrospectionDisabled, BAD_REQUEST", "FORBIDDEN, FORBIDDEN",
			"INTERNAL_ERROR, INTERNAL_ERROR" })
	void graphqlJavasRefusalsAreBadRequests(String given, String answered) {
		List<GraphQLError> errors = GraphQlConfiguration.classified(List.of(new Refusal(given)));

		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo(answered));
	}

	private record Refusal(String classification) implements ResponseError {

		@Override
		public String getMessage() {
			return "refused";
		}

		@Override
		public ErrorClassification getErrorType() {
			return ErrorClassification.errorClassification(this.classification);
		}

		@Override
		public String getPath() {
			return "";
		}

		@Override
		public List<Object> getParsedPath() {
			return List.of();
		}

		@Override
		public List<SourceLocation> getLocations() {
			return List.of();
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of();
		}

	}

}
