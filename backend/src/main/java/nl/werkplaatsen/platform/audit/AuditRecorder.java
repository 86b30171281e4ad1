package nl.werkplaatsen.platform.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * Writes audit entries on a connection inside the transaction of the work they record:
 * for the werkplaats the work acts for (the database's {@code app.werkplaats}), by the
 * current actor, with the request's id.
 */
final class AuditRecorder {

	private static final String INSERT = """
			insert into audit_entry (id, werkplaats_id, subject, caller_kind, role, client_id, entity_type, entity_id,
			  action, fields, request_id, occurred_at)
			select gen_random_uuid(), app_current_werkplaats(), ?, ?, ?, ?, ?, id, ?, ?, ?, now()
			from unnest(?::uuid[]) as id
			where app_current_werkplaats() is not null""";

	private AuditRecorder() {
	}

	/**
	 * Records the action on these records of one type; nothing when the work acts for no
	 * werkplaats (a national read, which changes nothing).
	 */
	static void record(Connection connection, String entityType, Collection<UUID> entityIds, AuditAction action,
			List<String> fields) throws SQLException {
		if (entityIds.isEmpty()) {
			return;
		}
		Actor actor = Actor.current();
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, actor.subject());
			insert.setString(2, actor.kind().name());
			insert.setString(3, (actor.werkplaats() != null && actor.werkplaats().role() != null)
					? actor.werkplaats().role().name() : null);
			insert.setString(4, clientId());
			insert.setString(5, entityType);
			insert.setString(6, action.name());
			Array names = connection.createArrayOf("varchar", fields.toArray());
			insert.setArray(7, names);
			insert.setString(8, MDC.get("requestId"));
			insert.setArray(9, connection.createArrayOf("uuid", entityIds.toArray()));
			insert.executeUpdate();
		}
	}

	/** The OAuth client the caller's token was issued to, if any. */
	private static @Nullable String clientId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getCredentials() instanceof Jwt jwt) {
			return jwt.getClaimAsString("azp");
		}
		return null;
	}

}
