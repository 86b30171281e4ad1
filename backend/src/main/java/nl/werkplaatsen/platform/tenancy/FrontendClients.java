package nl.werkplaatsen.platform.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds frontend clients (Keycloak client ids) to the werkplaats they act for: a portal
 * client's tokens act for that werkplaats; a browser client's people act through their
 * own memberships.
 */
@Service
public class FrontendClients {

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	FrontendClients(JdbcClient jdbc, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
	}

	/**
	 * Binds a client of the given kind to the werkplaats, in a transaction acting for it
	 * (row-level security allows no other); binding it again to the same werkplaats
	 * changes nothing.
	 */
	public void bind(String clientId, UUID werkplaatsId, String slug, Kind kind) {
		this.tenancy.actFor(werkplaatsId, slug, Tenancy.Permission.ADMINISTER, () -> {
			insert(clientId, werkplaatsId, kind);
			return null;
		});
	}

	private void insert(String clientId, UUID werkplaatsId, Kind kind) {
		int bound = this.jdbc.sql("""
				insert into frontend_client (client_id, werkplaats_id, kind) values (:clientId, :werkplaatsId, :kind)
				on conflict (client_id) do nothing""")
			.param("clientId", clientId)
			.param("werkplaatsId", werkplaatsId)
			.param("kind", kind.name())
			.update();
		if (bound == 0 && !this.jdbc.sql("select werkplaats_id from frontend_client where client_id = :clientId")
			.param("clientId", clientId)
			.query(UUID.class)
			.single()
			.equals(werkplaatsId)) {
			throw new IllegalStateException("Client " + clientId + " is bound to another werkplaats");
		}
	}

	/** Whether any werkplaats has this client id, enabled or not. */
	@Transactional(readOnly = true)
	public boolean isBound(String clientId) {
		return this.jdbc.sql("select exists (select from frontend_client where client_id = :clientId)")
			.param("clientId", clientId)
			.query(Boolean.class)
			.single();
	}

	/** The clients bound to a werkplaats, enabled or not. */
	@Transactional(readOnly = true)
	public List<BoundClient> clientsOf(UUID werkplaatsId) {
		return this.jdbc.sql("""
				select client_id, kind, enabled from frontend_client where werkplaats_id = :werkplaatsId
				order by kind, client_id""")
			.param("werkplaatsId", werkplaatsId)
			.query((rs, row) -> new BoundClient(rs.getString("client_id"), Kind.valueOf(rs.getString("kind")),
					rs.getBoolean("enabled")))
			.list();
	}

	/** The clients bound to each of these werkplaatsen, in one query. */
	@Transactional(readOnly = true)
	public Map<UUID, List<BoundClient>> clientsOf(Collection<UUID> werkplaatsIds) {
		Map<UUID, List<BoundClient>> clients = new HashMap<>();
		werkplaatsIds.forEach((id) -> clients.put(id, new ArrayList<>()));
		if (werkplaatsIds.isEmpty()) {
			return clients;
		}
		this.jdbc.sql("""
				select werkplaats_id, client_id, kind, enabled from frontend_client
				where werkplaats_id in (:werkplaatsIds) order by kind, client_id""")
			.param("werkplaatsIds", werkplaatsIds)
			.query((rs) -> {
				clients.get(rs.getObject("werkplaats_id", UUID.class))
					.add(new BoundClient(rs.getString("client_id"), Kind.valueOf(rs.getString("kind")),
							rs.getBoolean("enabled")));
			});
		return clients;
	}

	/**
	 * Stops honouring every client of a werkplaats, from their next request; in a
	 * transaction acting for it.
	 */
	public void disableAll(UUID werkplaatsId, String slug) {
		this.tenancy.actFor(werkplaatsId, slug, Tenancy.Permission.ADMINISTER,
				() -> this.jdbc.sql("update frontend_client set enabled = false where werkplaats_id = :werkplaatsId")
					.param("werkplaatsId", werkplaatsId)
					.update());
	}

	/** What a client is for. */
	public enum Kind {

		/** Confidential, client credentials: a server-side website or portal. */
		PORTAL,

		/** Public, authorization code with PKCE: a browser frontend people log in to. */
		BROWSER

	}

	/**
	 * A client bound to a werkplaats.
	 *
	 * @param clientId the Keycloak client id
	 * @param kind what it is for
	 * @param enabled whether the platform honours it
	 */
	public record BoundClient(String clientId, Kind kind, boolean enabled) {
	}

}
