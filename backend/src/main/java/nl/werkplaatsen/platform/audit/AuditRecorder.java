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
 * Writes audit entries on a connection inside the transaction of the work they record,
 * through {@code audit_record}: for the werkplaats whose record it is, by the current
 * actor, with the request's id.
 */
final class AuditRecorder {

	private static final String RECORD = "select audit_record(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private AuditRecorder() {
	}

	/**
	 * Records the action on these records of one type, of one werkplaats (null: the one
	 * the work acts for; nothing when it acts for none).
	 */
	static void record(Connection connection, @Nullable UUID werkplaatsId, String entityType,
			Collection<UUID> entityIds, AuditAction action, List<String> fields) throws SQLException {
		if (entityIds.isEmpty()) {
			return;
		}
		Actor actor = Actor.current();
		try (PreparedStatement record = connection.prepareStatement(RECORD)) {
			record.setObject(1, werkplaatsId);
			record.setString(2, actor.subject());
			record.setString(3, actor.kind().name());
			record.setString(4, (actor.werkplaats() != null && actor.werkplaats().role() != null)
					? actor.werkplaats().role().name() : null);
			record.setString(5, clientId());
			record.setString(6, entityType);
			record.setArray(7, connection.createArrayOf("uuid", entityIds.toArray()));
			record.setString(8, action.name());
			Array names = connection.createArrayOf("varchar", fields.toArray());
			record.setArray(9, names);
			record.setString(10, MDC.get("requestId"));
			record.execute();
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
