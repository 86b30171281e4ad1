package nl.werkplaatsen.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Classifies the refusals modules raise; anything unexpected stays an anonymous internal
 * error without stack trace, SQL or class names.
 */
@ControllerAdvice
class GraphQlErrorHandling {

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment environment) {
		GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage());
		if (ex.argument() != null) {
			error.extensions(java.util.Map.of("argument", ex.argument()));
		}
		return error.build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.NOT_FOUND)
			.message(ex.getMessage())
			.build();
	}

}
