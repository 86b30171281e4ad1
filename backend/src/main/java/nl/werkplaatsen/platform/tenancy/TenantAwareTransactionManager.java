package nl.werkplaatsen.platform.tenancy;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL who is acting, so row-level security can
 * decide: {@code app.werkplaats}, {@code app.subject} and {@code app.national}. The
 * settings are transaction-local ({@code set_config(..., true)}), so they are set here,
 * right after the transaction began, and vanish when it ends — never on a pooled
 * connection in autocommit.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

	private static final String SET_SESSION = "select set_config('app.werkplaats', ?, true), "
			+ "set_config('app.subject', ?, true), set_config('app.national', ?, true)";

	TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
		super(entityManagerFactory);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		DatabaseSession settings = DatabaseSession.of(SecurityContextHolder.getContext().getAuthentication());
		try {
			holder.getEntityManager().unwrap(Session.class).doWork((connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(SET_SESSION)) {
					statement.setString(1, settings.werkplaats());
					statement.setString(2, settings.subject());
					statement.setString(3, settings.national());
					statement.execute();
				}
			});
		}
		catch (RuntimeException | Error ex) {
			// The transaction has begun and its EntityManager and connection are bound to
			// this (pooled) thread: undo all of it, or the thread's next caller would
			// silently join this half-begun transaction, with another caller's tenant.
			try {
				holder.getEntityManager().getTransaction().rollback();
			}
			catch (RuntimeException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			finally {
				doCleanupAfterCompletion(transaction);
			}
			throw new CannotCreateTransactionException("Could not tell the database who is acting", ex);
		}
	}

	/**
	 * The values row-level security policies read; empty strings mean "none" and fail
	 * closed.
	 */
	record DatabaseSession(String werkplaats, String subject, String national) {

		static DatabaseSession of(Authentication authentication) {
			if (authentication instanceof ActorAuthentication actorAuthentication) {
				Actor actor = actorAuthentication.actor();
				return new DatabaseSession(actor.werkplaatsId().map(Object::toString).orElse(""),
						(actor.subject() != null) ? actor.subject() : "", actor.isNetworkCoordinator() ? "read" : "");
			}
			if (authentication instanceof JwtAuthenticationToken jwt) {
				// Before the actor is resolved: only the caller's own memberships are
				// visible.
				return new DatabaseSession("", jwt.getToken().getSubject(), "");
			}
			return new DatabaseSession("", "", "");
		}

	}

}
