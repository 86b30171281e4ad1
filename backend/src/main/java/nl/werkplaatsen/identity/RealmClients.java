package nl.werkplaatsen.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import org.springframework.stereotype.Service;

/**
 * A werkplaats's frontend clients in the realm: a confidential one for its server-side
 * portal (client credentials; the secret is handed out once per creation or rotation) and
 * a public one with PKCE for browser frontends on its website and custom domain. Every
 * call can be repeated: clients are found by their client id first.
 */
@Service
public class RealmClients {

	private final KeycloakRealm keycloak;

	RealmClients(KeycloakRealm keycloak) {
		this.keycloak = keycloak;
	}

	/**
	 * Creates the portal client (or brings an existing one in line) and returns a fresh
	 * secret for it.
	 */
	public String ensurePortalClient(String clientId, String name) {
		return this.keycloak.call("set up the portal client " + clientId, (realm) -> {
			ClientRepresentation client = shaped(realm, clientId, name + " website / portal",
					"Server-side frontend of " + name + " (client credentials), bound to it.", false);
			client.setClientAuthenticatorType("client-secret");
			ClientResource resource = save(realm, client);
			return resource.generateNewSecret().getValue();
		});
	}

	/**
	 * Creates the browser client (or brings an existing one in line) for the given
	 * origins: redirects are allowed below them, CORS from them.
	 */
	public void ensureBrowserClient(String clientId, String name, List<String> origins) {
		this.keycloak.run("set up the browser client " + clientId, (realm) -> {
			ClientRepresentation client = shaped(realm, clientId, name + " browser frontend",
					"Browser frontends of " + name + " (authorization code with PKCE).", true);
			client.setAttributes(new java.util.HashMap<>(
					Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", "+")));
			allow(client, origins);
			save(realm, client);
		});
	}

	/** Points the browser client at new origins; takes effect at its next login. */
	public void allowOrigins(String clientId, List<String> origins) {
		this.keycloak.run("update the origins of " + clientId, (realm) -> {
			ClientRepresentation client = find(realm, clientId)
				.orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No client " + clientId + " in the realm"));
			allow(client, origins);
			realm.clients().get(client.getId()).update(client);
		});
	}

	/** A fresh secret for the portal client; the previous one stops working at once. */
	public String rotateSecret(String clientId) {
		return this.keycloak.call("rotate the secret of " + clientId, (realm) -> {
			ClientRepresentation client = find(realm, clientId)
				.orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No client " + clientId + " in the realm"));
			return realm.clients().get(client.getId()).generateNewSecret().getValue();
		});
	}

	/**
	 * Enables or disables clients; a disabled client gets no tokens. Clients missing from
	 * the realm are skipped.
	 */
	public void setEnabled(Collection<String> clientIds, boolean enabled) {
		this.keycloak.run((enabled ? "enable " : "disable ") + clientIds, (realm) -> {
			for (String clientId : clientIds) {
				find(realm, clientId).ifPresent((client) -> {
					client.setEnabled(enabled);
					realm.clients().get(client.getId()).update(client);
				});
			}
		});
	}

	/** Deletes clients, to undo a setup that could not be completed. */
	public void delete(Collection<String> clientIds) {
		this.keycloak.run("delete " + clientIds, (realm) -> {
			for (String clientId : clientIds) {
				find(realm, clientId).ifPresent((client) -> realm.clients().get(client.getId()).remove());
			}
		});
	}

	/**
	 * The client with this id (or a new one) shaped as a public browser client or a
	 * confidential service-account client; nothing else is allowed (no implicit flow, no
	 * password grant).
	 */
	private static ClientRepresentation shaped(RealmResource realm, String clientId, String name, String description,
			boolean browser) {
		ClientRepresentation client = find(realm, clientId).orElseGet(ClientRepresentation::new);
		client.setClientId(clientId);
		client.setName(name);
		client.setDescription(description);
		client.setEnabled(true);
		client.setProtocol("openid-connect");
		client.setPublicClient(browser);
		client.setStandardFlowEnabled(browser);
		client.setServiceAccountsEnabled(!browser);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		return client;
	}

	private ClientResource save(RealmResource realm, ClientRepresentation client) {
		if (client.getId() != null) {
			realm.clients().get(client.getId()).update(client);
			ensureAudience(realm.clients().get(client.getId()), client);
			return realm.clients().get(client.getId());
		}
		client.setProtocolMappers(List.of(audienceMapper()));
		try (var response = realm.clients().create(client)) {
			return realm.clients().get(CreatedResponseUtil.getCreatedId(response));
		}
	}

	private void ensureAudience(ClientResource resource, ClientRepresentation client) {
		boolean present = client.getProtocolMappers() != null && client.getProtocolMappers()
			.stream()
			.anyMatch((mapper) -> "oidc-audience-mapper".equals(mapper.getProtocolMapper()));
		if (!present) {
			try (var response = resource.getProtocolMappers().createMapper(audienceMapper())) {
				CreatedResponseUtil.getCreatedId(response);
			}
		}
	}

	/** Puts the API's audience into the client's access tokens, as the API demands. */
	private ProtocolMapperRepresentation audienceMapper() {
		ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
		mapper.setName("audience " + this.keycloak.properties().audience());
		mapper.setProtocol("openid-connect");
		mapper.setProtocolMapper("oidc-audience-mapper");
		mapper.setConfig(Map.of("included.client.audience", this.keycloak.properties().audience(), "access.token.claim",
				"true", "id.token.claim", "false", "introspection.token.claim", "true"));
		return mapper;
	}

	private static void allow(ClientRepresentation client, List<String> origins) {
		List<String> redirects = new ArrayList<>();
		origins.forEach((origin) -> redirects.add(origin + "/*"));
		client.setRedirectUris(redirects);
		client.setWebOrigins(new ArrayList<>(origins));
		client.setRootUrl(origins.isEmpty() ? null : origins.getFirst());
	}

	private static Optional<ClientRepresentation> find(RealmResource realm, String clientId) {
		return realm.clients().findByClientId(clientId).stream().findFirst();
	}

}
