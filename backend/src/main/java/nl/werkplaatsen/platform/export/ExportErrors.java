package nl.werkplaatsen.platform.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.werkplaatsen.platform.graphql.BadRequestException;

/**
 * A download asked for wrongly (a period that ends before it starts, an unknown format)
 * answers 400 with the reason as a problem detail, not a server error.
 */
@RestControllerAdvice
class ExportErrors {

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
