package nl.werkplaatsen.platform.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL who is acting, so row-level security can
 * decide: {@code app.werkplaats}, {@code app.subject} and {@code app.national}. The
 * settings are transaction-local ({@code set_config(..., true)}), so they are set here,
 * right after the transaction began, and vanish when it ends — never on a pooled
 * connection in autocommit. The same round trip tells the tenancy generation: when it is
 * newer than the request's resolution of its caller, the caller is resolved again first.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

	/**
	 * The name of a whole read request's transaction ({@link Tenancy#readWholeRequest}):
	 * begun before anything of the request ran.
	 */
	static final String WHOLE_REQUEST = "whole-request";

	private final ObjectProvider<TenantRegistry> registry;

	private final ObjectProvider<ActorResolver> resolver;

	TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory, ObjectProvider<TenantRegistry> registry,
			ObjectProvider<ActorResolver> resolver) {
		super(entityManagerFactory);
		this.registry = registry;
		this.resolver = resolver;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		DatabaseSession settings = DatabaseSession.current();
		try {
			long generation = holder.getEntityManager().unwrap(Session.class).doReturningWork(settings::tell);
			this.registry.getObject().generationSeen(generation);
			if (SecurityContextHolder.getContext().getAuthentication() instanceof ActorAuthentication authentication
					&& authentication.resolution() != null
					&& authentication.resolution().needsVerifyingAt(generation)) {
				// Memberships, bindings or werkplaatsen changed since the caller was
				// resolved: before anything runs, the caller must still be who the
				// request acts as.
				ActorResolution now = this.resolver.getObject()
					.verify(authentication.resolution(), generation, WHOLE_REQUEST.equals(definition.getName()));
				if (now != authentication.resolution()) {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context
						.setAuthentication(new ActorAuthentication(now.actor(), authentication.getCredentials(), now));
					SecurityContextHolder.setContext(context);
				}
			}
		}
		catch (AccessDeniedException ex) {
			undo(transaction, holder, ex);
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			undo(transaction, holder, ex);
			throw new CannotCreateTransactionException("Could not tell the database who is acting", ex);
		}
	}

	private void undo(Object transaction, EntityManagerHolder holder, Throwable ex) {
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
	}

}
