package nl.werkplaatsen.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The local stack serves the web components' bundle, their demo pages and the national
 * dashboard (built by {@code npm run build} in {@code frontend-contract/web}, see
 * infra/run-local.sh) from the file system at {@code /web/**}; a folder's
 * {@code index.html} answers for the folder. Only with {@code werkplaats.web.directory}
 * set: the local profile sets it, production serves the bundle elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("werkplaats.web.directory")
class WebBundle implements WebMvcConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(WebBundle.class);

	private final Path directory;

	WebBundle(@Value("${werkplaats.web.directory}") String directory) {
		this.directory = Path.of(directory).toAbsolutePath().normalize();
		if (!Files.isDirectory(this.directory)) {
			logger.warn("No web bundle at {}: build it with 'npm ci && npm run build' in frontend-contract/web",
					this.directory);
		}
	}

	@Bean
	RouterFunction<ServerResponse> webFolderRedirect() {
		return RouterFunctions.route()
			.GET("/web", (request) -> ServerResponse.permanentRedirect(request.uriBuilder().path("/").build()).build())
			// The resource handler takes no empty path: the root's index.html is served
			// here.
			.GET("/web/",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.TEXT_HTML)
						.cacheControl(CacheControl.noCache())
						.body(new FileSystemResource(this.directory.resolve("index.html"))))
			.build();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/web/**")
			.addResourceLocations(new FileSystemResource(this.directory.toString() + "/"))
			.setCacheControl(CacheControl.noCache())
			.resourceChain(false)
			.addResolver(new IndexResolver());
	}

	/** A file as it is; a folder (or the root) by its index.html. */
	private static final class IndexResolver extends PathResourceResolver {

		@Override
		protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource found = super.getResource(resourcePath, location);
			if (found != null) {
				return found;
			}
			String folder = (resourcePath.isEmpty() || resourcePath.endsWith("/")) ? resourcePath : resourcePath + "/";
			return super.getResource(folder + "index.html", location);
		}

	}

}
