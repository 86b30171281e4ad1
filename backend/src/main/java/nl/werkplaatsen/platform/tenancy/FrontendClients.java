package nl.werkplaatsen.platform.tenancy;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds frontend clients (Keycloak client ids) to the werkplaats they act for.
 */
@Service
public class FrontendClients {

	private final JdbcClient jdbc;

	FrontendClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Binds the client to the werkplaats; binding it again to the same werkplaats changes
	 * nothing.
	 */
	@Transactional
	public void bind(String clientId, UUID werkplaatsId) {
		int bound = this.jdbc.sql("""
				insert into frontend_client (client_id, werkplaats_id) values (:clientId, :werkplaatsId)
				on conflict (client_id) do nothing""")
			.param("clientId", clientId)
			.param("werkplaatsId", werkplaatsId)
			.update();
		if (bound == 0 && !this.jdbc.sql("select werkplaats_id from frontend_client where client_id = :clientId")
			.param("clientId", clientId)
			.query(UUID.class)
			.single()
			.equals(werkplaatsId)) {
			throw new IllegalStateException("Client " + clientId + " is bound to another werkplaats");
		}
	}

}
