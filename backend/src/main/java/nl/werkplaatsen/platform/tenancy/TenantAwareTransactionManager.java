package nl.werkplaatsen.platform.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
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

	TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
		super(entityManagerFactory);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		DatabaseSession settings = DatabaseSession.current();
		try {
			holder.getEntityManager().unwrap(Session.class).doWork(settings::tell);
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

}
