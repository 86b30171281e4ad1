package nl.werkplaatsen.identity;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.Client;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Keycloak admin client, authenticated as the platform's service account (client
 * credentials, so no password is stored) with bounded timeouts: a slow Keycloak must not
 * hold a request and its database connection for long.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class KeycloakAdminConfiguration {

	@Bean(destroyMethod = "close")
	Keycloak keycloakAdmin(KeycloakAdminProperties properties) {
		Client http = new ResteasyClientBuilderImpl()
			.connectTimeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
			.connectionPoolSize(10)
			.register(JacksonProvider.class, 100)
			.build();
		return KeycloakBuilder.builder()
			.serverUrl(properties.serverUrl())
			.realm(properties.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(properties.clientId())
			.clientSecret((properties.clientSecret() != null) ? properties.clientSecret() : "")
			.resteasyClient(http)
			.build();
	}

	@Bean
	KeycloakRealm keycloakRealm(Keycloak keycloak, KeycloakAdminProperties properties) {
		RealmResource realm = keycloak.realm(properties.realm());
		return new KeycloakRealm(realm, properties);
	}

}
