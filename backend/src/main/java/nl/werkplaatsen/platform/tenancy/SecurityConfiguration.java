package nl.werkplaatsen.platform.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * HTTP security and tenancy wiring: an OAuth2 resource server for Keycloak tokens
 * (issuer, signature and audience checked by Spring Boot's properties), the actor
 * resolved after it, CORS for the werkplaatsen's own websites, and the tenant-aware
 * transactions.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String GRAPHQL = "/graphql";

	/**
	 * Health and metrics, served on the separate management port that only the cluster
	 * (kubelet, Prometheus) reaches; they carry no personal data and no tenant ids.
	 */
	@Bean
	@Order(1)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
		RequestMatcher endpoints = EndpointRequest.toAnyEndpoint();
		// The GraphQL endpoint is never one of them: every API request is spared the
		// matcher's look-ups (a class-path check per request, 0.7 % of a list's CPU).
		http.securityMatcher((request) -> !GRAPHQL.equals(request.getRequestURI()) && endpoints.matches(request))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	SecurityFilterChain apiSecurity(HttpSecurity http, ActorResolver resolver, MeterRegistry meters,
			IdempotencyRecords idempotencyRecords, RateLimits rateLimits) throws Exception {
		http.csrf((csrf) -> csrf.disable()) // stateless bearer tokens; no cookie
											// authentication exists
			.cors(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No sessions, logins or logouts: the filters that serve them would run on
			// every request for nothing.
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.requestMatchers("/graphql", "/graphiql", "/graphiql/**", "/error")
				.permitAll()
				// The monitor's own survey page: the personal link's token is the key.
				.requestMatchers(HttpMethod.GET, "/monitor/form")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/monitor/form")
				.permitAll()
				// The web components and the dashboard, where the local profile serves
				// them.
				.requestMatchers(HttpMethod.GET, "/web", "/web/**")
				.permitAll()
				// Bulk imports: a token is required; each import decides who may run it.
				.requestMatchers(HttpMethod.POST, "/imports/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/imports/history", "/imports/history/*")
				.authenticated()
				// Downloads (KPIs, monitor answers): a token is required; each export
				// decides who may read it.
				.requestMatchers(HttpMethod.GET, "/exports/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.addFilterAfter(new ActorResolutionFilter(resolver, meters), BearerTokenAuthenticationFilter.class)
			// After the caller is known: budgets and idempotency keys are the caller's.
			.addFilterAfter(new RateLimitFilter(rateLimits), ActorResolutionFilter.class)
			.addFilterAfter(new IdempotencyFilter(idempotencyRecords), RateLimitFilter.class);
		return http.build();
	}

	/** Authentication failures published, no success per request. */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new FailedAuthenticationEvents(publisher);
	}

	/** The bearer token read without a regular expression per request. */
	@Bean
	BearerTokenResolver bearerTokenResolver() {
		return new BearerHeader();
	}

	/**
	 * Spring Security's strict firewall, with its header checks done without a regular
	 * expression per header read (see {@link HeaderCharacters}).
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters.NAMES);
		firewall.setAllowedHeaderValues(HeaderCharacters.VALUES);
		return firewall;
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(TenantRegistry registry, Environment environment) {
		// Only for requests that come from a browser page of another origin; the origins
		// come from the registry's cache, so a changed website or custom domain counts
		// without a restart.
		List<String> development = Binder.get(environment)
			.bind("werkplaats.cors.development-origins", Bindable.listOf(String.class))
			.orElse(List.of());
		return (request) -> {
			if (request.getHeader(HttpHeaders.ORIGIN) == null) {
				return null;
			}
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(registry.allowedOrigins());
			cors.setAllowedOriginPatterns(development);
			cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept",
					ActorResolutionFilter.WERKPLAATS_HEADER, IdempotencyFilter.HEADER));
			cors.setExposedHeaders(List.of(IdempotencyFilter.REPLAYED_HEADER, "Retry-After"));
			cors.setMaxAge(600L);
			return cors;
		};
	}

	/**
	 * Bearer tokens decoded once per token (see {@link CachingJwtDecoder}), whichever
	 * decoder Spring Boot makes from the issuer.
	 */
	@Bean
	static BeanPostProcessor cachingJwtDecoder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder))
						? new CachingJwtDecoder(decoder, Clock.systemUTC()) : bean;
			}
		};
	}

	/**
	 * No observation per security filter, authentication or authorization: the request's
	 * own observation (http.server.requests) times them all, and wrapping every filter
	 * costs more than it tells.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	CallerRefusals callerRefusals() {
		return new CallerRefusals();
	}

	@Bean
	TenantAwareTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
			ObjectProvider<TenantRegistry> registry, ObjectProvider<ActorResolver> resolver) {
		// The registry and resolver read in transactions themselves: found when first
		// needed.
		return new TenantAwareTransactionManager(entityManagerFactory, registry, resolver);
	}

	@Bean
	HibernatePropertiesCustomizer tenantIdentifierResolver() {
		ActorTenantIdentifierResolver resolver = new ActorTenantIdentifierResolver();
		return (properties) -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
	}

	static UUID root() {
		return ActorTenantIdentifierResolver.ROOT;
	}

}
