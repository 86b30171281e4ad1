package nl.werkplaatsen.platform.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work for another tenant inside the open database transaction: a Hibernate session of
 * its own (Hibernate fixes a session's tenant when it opens) on the same connection, with
 * the database told who acts for the length of the work and told back afterwards.
 *
 * <p>
 * The session runs a Hibernate transaction of its own so that it flushes before queries
 * and at the end as usual; its connection is the outer one behind a guard that turns its
 * commit into nothing (the outer transaction commits) and its rollback into marking the
 * outer transaction rollback-only — a failure inside fails the whole transaction.
 */
final class WorkUnit {

	private WorkUnit() {
	}

	static <T> T run(EntityManagerFactory factory, Actor actor, boolean national, boolean readOnly, Supplier<T> work) {
		EntityManagerHolder outer = (EntityManagerHolder) TransactionSynchronizationManager.getResource(factory);
		if (outer == null) {
			throw new IllegalStateException("A database transaction is open but has no EntityManager");
		}
		EntityManager outerManager = outer.getEntityManager();
		Session outerSession = outerManager.unwrap(Session.class);
		DatabaseSession previous = DatabaseSession.current();
		UUID tenant = national ? ActorTenantIdentifierResolver.ROOT
				: actor.werkplaatsId().orElse(ActorTenantIdentifierResolver.ROOT);
		boolean sameSettings = previous.equals(DatabaseSession.of(actor));
		if (tenant.equals(outerSession.getTenantIdentifierValue()) && sameSettings) {
			// Already working for this werkplaats (a nested call for the same one): the
			// open session and settings serve as they are.
			return Tenancy.callAs(actor, () -> NationalRead.suspend(work));
		}
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& outerSession.getHibernateFlushMode() != FlushMode.MANUAL) {
			// The outer werkplaats's pending changes are written under its own settings
			// (a whole-request read writes none: its session never flushes).
			outerSession.flush();
		}
		Connection connection = outerSession.doReturningWork((jdbc) -> jdbc);
		Session session = factory.unwrap(SessionFactory.class)
			.withOptions()
			.tenantIdentifier(tenant)
			.connection(guard(connection, outerManager))
			.openSession();
		try {
			if (readOnly) {
				session.setDefaultReadOnly(true);
				session.setHibernateFlushMode(FlushMode.MANUAL);
			}
			Transaction transaction = session.beginTransaction();
			TransactionSynchronizationManager.unbindResource(factory);
			TransactionSynchronizationManager.bindResource(factory, new JoinedHolder(session));
			boolean completed = false;
			try {
				T result = Tenancy.callAs(actor, () -> {
					// A national read by the same caller differs in Hibernate's tenant
					// filter only: the database's settings stay as they are.
					if (!sameSettings) {
						DatabaseSession.current().tell(connection);
					}
					return NationalRead.suspend(work);
				});
				transaction.commit();
				completed = true;
				return result;
			}
			catch (RuntimeException | Error ex) {
				outerManager.getTransaction().setRollbackOnly();
				throw ex;
			}
			finally {
				TransactionSynchronizationManager.unbindResource(factory);
				TransactionSynchronizationManager.bindResource(factory, outer);
				if (!sameSettings) {
					restore(previous, connection, outerManager, completed);
				}
			}
		}
		finally {
			session.close();
		}
	}

	private static void restore(DatabaseSession previous, Connection connection, EntityManager outer,
			boolean completed) {
		try {
			previous.tell(connection);
		}
		catch (RuntimeException ex) {
			// After a failed statement the database refuses every command until rollback,
			// so the settings cannot be told back; the transaction is rollback-only then.
			outer.getTransaction().setRollbackOnly();
			if (completed) {
				throw ex;
			}
		}
	}

	/**
	 * The outer connection, except that the unit of work can neither end the transaction
	 * nor close the connection.
	 */
	private static Connection guard(Connection connection, EntityManager outer) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "commit", "close", "setAutoCommit", "setReadOnly", "setTransactionIsolation":
							return null;
						case "rollback":
							if (args == null) {
								outer.getTransaction().setRollbackOnly();
								return null;
							}
							break;
						case "getAutoCommit":
							return false;
						case "isClosed":
							return connection.isClosed();
						default:
							break;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Lets Spring see the unit of work's session as the transaction's own. */
	private static final class JoinedHolder extends EntityManagerHolder {

		JoinedHolder(EntityManager entityManager) {
			super(entityManager);
			setTransactionActive(true);
			setSynchronizedWithTransaction(true);
		}

	}

}
