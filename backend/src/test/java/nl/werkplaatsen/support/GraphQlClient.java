package nl.werkplaatsen.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Posts GraphQL documents to {@code /graphql} over MockMvc as a persona, the way a
 * frontend would, through the whole security filter chain.
 */
@TestComponent
public class GraphQlClient {

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	GraphQlClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Runs a document as the persona. */
	public Response execute(Persona persona, String document) {
		return execute(persona, document, Map.of());
	}

	/** Runs a document with variables as the persona. */
	public Response execute(Persona persona, String document, Map<String, Object> variables) {
		return execute(persona, null, document, variables);
	}

	/**
	 * Runs a document with variables as the persona, acting for the werkplaats named in
	 * the header.
	 */
	public Response execute(Persona persona, @Nullable String werkplaatsHeader, String document,
			Map<String, Object> variables) {
		return execute(persona, werkplaatsHeader, "127.0.0.1", document, variables);
	}

	/** Executes a document as the persona from the given client address. */
	public Response executeFrom(String clientAddress, Persona persona, String document, Map<String, Object> variables) {
		return execute(persona, null, clientAddress, document, variables);
	}

	/** Executes a document as the persona with these extra request headers. */
	public Response executeWithHeaders(Map<String, String> headers, Persona persona, String document,
			Map<String, Object> variables) {
		return execute(persona, null, "127.0.0.1", document, variables, headers);
	}

	private Response execute(Persona persona, @Nullable String werkplaatsHeader, String clientAddress, String document,
			Map<String, Object> variables) {
		return execute(persona, werkplaatsHeader, clientAddress, document, variables, Map.of());
	}

	private Response execute(Persona persona, @Nullable String werkplaatsHeader, String clientAddress, String document,
			Map<String, Object> variables, Map<String, String> headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		MockHttpServletRequestBuilder request = post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with((servletRequest) -> {
				servletRequest.setRemoteAddr(clientAddress);
				return servletRequest;
			});
		if (werkplaatsHeader != null) {
			request.header("Werkplaats", werkplaatsHeader);
		}
		headers.forEach(request::header);
		if (persona.subject() != null) {
			request.with(tokenOf(persona));
		}
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				result = this.mvc.perform(asyncDispatch(result)).andReturn();
			}
			Map<String, String> responseHeaders = new LinkedHashMap<>();
			for (String name : result.getResponse().getHeaderNames()) {
				responseHeaders.put(name, result.getResponse().getHeader(name));
			}
			return new Response(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
					responseHeaders);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A test JWT for the persona, as Keycloak would issue it, for other requests than
	 * GraphQL ones.
	 */
	public static RequestPostProcessor tokenOf(Persona persona) {
		return jwt().jwt((token) -> token.subject(persona.subject())
			.claim("azp", persona.clientId())
			.claim("preferred_username", persona.username())
			.claim("realm_access", persona.realmAccess()));
	}

	/**
	 * A GraphQL response over HTTP.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @param headers the response headers
	 */
	public record Response(int status, String body, Map<String, String> headers) {

		/** A response without headers worth asserting. */
		public Response(int status, String body) {
			this(status, body, Map.of());
		}

		/** The value of a response header, or null. */
		public @Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		/**
		 * The value at a JSON path, e.g. {@code $.data.werkplaats.name}; null when
		 * absent.
		 */
		public <T> @Nullable T path(String jsonPath) {
			try {
				return document().read(jsonPath);
			}
			catch (PathNotFoundException ex) {
				return null;
			}
		}

		/** The top-level errors. */
		public List<Map<String, Object>> errors() {
			List<Map<String, Object>> errors = path("$.errors");
			return (errors != null) ? errors : List.of();
		}

		/** The classifications of the top-level errors. */
		public List<String> classifications() {
			return errors().stream()
				.map((error) -> (Map<?, ?>) error.get("extensions"))
				.map((extensions) -> (extensions != null) ? String.valueOf(extensions.get("classification")) : "none")
				.toList();
		}

		/** The codes of the user errors of a mutation's payload. */
		public List<String> userErrorCodes(String mutation) {
			List<String> codes = path("$.data." + mutation + ".userErrors[*].code");
			return (codes != null) ? codes : List.of();
		}

		private DocumentContext document() {
			return JsonPath.parse(this.body);
		}

	}

}
