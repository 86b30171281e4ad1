package nl.werkplaatsen.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The values row-level security policies read — {@code app.werkplaats},
 * {@code app.subject}, {@code app.national} — set transaction-local
 * ({@code set_config(..., true)}), so they vanish with the transaction and never stay on
 * a pooled connection; empty strings mean "none" and fail closed.
 */
record DatabaseSession(String werkplaats, String subject, String national) {

	private static final String SET_SESSION = "select set_config('app.werkplaats', ?, true), "
			+ "set_config('app.subject', ?, true), set_config('app.national', ?, true), "
			+ "(select generation from tenancy_generation)";

	/** The settings for whoever is current on this thread. */
	static DatabaseSession current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static DatabaseSession of(Authentication authentication) {
		if (authentication instanceof ActorAuthentication actorAuthentication) {
			return of(actorAuthentication.actor());
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			// Before the actor is resolved: only the caller's own memberships are
			// visible.
			return new DatabaseSession("", jwt.getToken().getSubject(), "");
		}
		return new DatabaseSession("", "", "");
	}

	static DatabaseSession of(Actor actor) {
		return new DatabaseSession(actor.werkplaatsId().map(Object::toString).orElse(""),
				(actor.subject() != null) ? actor.subject() : "", actor.isNetworkCoordinator() ? "read" : "");
	}

	/**
	 * Tells the database, on the transaction's connection, who acts from now on; in the
	 * same round trip, learns the tenancy generation the transaction sees.
	 * @return the tenancy generation
	 */
	long tell(Connection connection) {
		try (PreparedStatement statement = connection.prepareStatement(SET_SESSION)) {
			statement.setString(1, this.werkplaats);
			statement.setString(2, this.subject);
			statement.setString(3, this.national);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(4);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not tell the database who is acting", ex);
		}
	}

}
