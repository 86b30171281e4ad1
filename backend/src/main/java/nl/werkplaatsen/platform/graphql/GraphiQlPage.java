package nl.werkplaatsen.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql} for the local stack, served with its scripts from the jar
 * (WebJars) so that it works without the internet, with a demo login
 * ({@code werkplaats.graphiql.enabled}; off by default and in production).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("werkplaats.graphiql.enabled")
class GraphiQlPage implements WebMvcConfigurer {

	@Bean
	RouterFunction<ServerResponse> graphiQl(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
		String page = read("graphiql/index.html").replace("{{graphiql}}", webJarVersion("graphiql"))
			.replace("{{react}}", webJarVersion("react"))
			.replace("{{issuer}}", issuer)
			.replace("{{graphqlPath}}", graphQlPath);
		return RouterFunctions.route()
			.GET("/graphiql", (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
			.build();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
	}

	/** The version of a WebJar on the classpath, as its Maven metadata says. */
	static String webJarVersion(String artifactId) {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties")
			.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The WebJar " + artifactId + " is missing", ex);
		}
		return properties.getProperty("version");
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
