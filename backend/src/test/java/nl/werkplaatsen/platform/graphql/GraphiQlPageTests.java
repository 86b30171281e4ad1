package nl.werkplaatsen.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local GraphiQL page loads everything from this server — its scripts and styles
 * exist in the jar's WebJars — and logs in against the configured Keycloak.
 */
class GraphiQlPageTests {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@Test
	void servesThePageWithEveryAssetFromTheJar() throws Exception {
		String page = render();

		List<String> assets = ASSET.matcher(page).results().map((match) -> match.group(1)).toList();
		assertThat(assets).hasSize(4).allMatch((asset) -> asset.startsWith("/graphiql/assets/"));
		for (String asset : assets) {
			String inJar = "META-INF/resources/webjars/" + asset.substring("/graphiql/assets/".length());
			assertThat(new ClassPathResource(inJar).exists()).as(inJar).isTrue();
		}
		assertThat(page).doesNotContain("{{").doesNotContainPattern("(src|href)=\"(https?:)?//");
		assertThat(page).contains("'http://keycloak.test/realms/werkplaatsen/protocol/openid-connect/token'")
			.contains("fetch('/graphql'");
	}

	private static String render() throws Exception {
		RouterFunction<ServerResponse> routes = new GraphiQlPage().graphiQl("/graphql",
				"http://keycloak.test/realms/werkplaatsen");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphiql");
		ServerRequest serverRequest = ServerRequest.create(request, List.of(new StringHttpMessageConverter()));
		HandlerFunction<ServerResponse> handler = routes.route(serverRequest).orElseThrow();
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.handle(serverRequest)
			.writeTo(request, response, () -> List.of(new StringHttpMessageConverter(StandardCharsets.UTF_8)));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/html");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
