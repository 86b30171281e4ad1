package nl.werkplaatsen.platform.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Reads GraphQL requests and writes GraphQL answers as JSON, each answer whole and with
 * its {@code Content-Length}.
 *
 * <p>
 * Written straight to the response, an answer longer than the servlet container's buffer
 * (8 KB; a page of 50 intakes is 16 KB) went out in chunks: several writes and a chunked
 * body that every client has to reassemble. A GraphQL answer is complete before the first
 * byte is written (there is no streaming over this endpoint), so it is serialised first
 * and sent in one piece.
 */
final class SizedJsonAnswers extends JacksonJsonHttpMessageConverter {

	SizedJsonAnswers(JsonMapper mapper) {
		super(mapper);
	}

	@Override
	protected void writeInternal(Object object, ResolvableType type, HttpOutputMessage output,
			@Nullable Map<String, Object> hints) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream(16 * 1024);
		super.writeInternal(object, type, new Buffered(output.getHeaders(), answer), hints);
		output.getHeaders().setContentLength(answer.size());
		answer.writeTo(output.getBody());
	}

	/** The response's headers, with its body kept in memory until it is complete. */
	private record Buffered(HttpHeaders getHeaders, OutputStream getBody) implements HttpOutputMessage {

	}

}
