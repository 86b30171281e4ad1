package nl.werkplaatsen.platform.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to choose whose data a piece of work sees: the caller's own werkplaats (the
 * default, nothing to call), acting for a named werkplaats after a permission check, or a
 * national read that row-level security filters; each works the same inside or outside a
 * transaction.
 */
@Component
public class Tenancy {

	private final TransactionTemplate readWrite;

	private final TransactionTemplate readOnly;

	private final EntityManagerFactory entityManagerFactory;

	private final PlatformTransactionManager transactionManager;

	private final DefaultTransactionDefinition wholeRequest;

	Tenancy(PlatformTransactionManager transactionManager, EntityManagerFactory entityManagerFactory) {
		this.readWrite = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.entityManagerFactory = entityManagerFactory;
		this.transactionManager = transactionManager;
		this.wholeRequest = new DefaultTransactionDefinition();
		this.wholeRequest.setName(TenantAwareTransactionManager.WHOLE_REQUEST);
	}

	/**
	 * Runs a whole read request — every field, every batch load — in one transaction on
	 * one connection, the database told once who acts. Hibernate loads read-only and
	 * writes nothing; the database transaction itself may write, so that reads of
	 * personal details are recorded in the audit log in it, and work acting for a
	 * werkplaats still runs (as a unit inside it).
	 */
	public <T> T readWholeRequest(Supplier<T> read) {
		TransactionStatus status = this.transactionManager.getTransaction(this.wholeRequest);
		T result;
		try {
			Session session = EntityManagerFactoryUtils.getTransactionalEntityManager(this.entityManagerFactory)
				.unwrap(Session.class);
			session.setDefaultReadOnly(true);
			session.setHibernateFlushMode(FlushMode.MANUAL);
			result = read.get();
		}
		catch (RuntimeException | Error ex) {
			this.transactionManager.rollback(status);
			throw ex;
		}
		// A field that failed marked the transaction rollback-only; the other fields'
		// answers stand, and a read has nothing to keep (the audit log records it apart).
		if (status.isRollbackOnly()) {
			this.transactionManager.rollback(status);
		}
		else {
			this.transactionManager.commit(status);
		}
		return result;
	}

	/**
	 * Runs work that reads and changes one werkplaats's data, as the current caller
	 * acting for it, once the caller passes the given permission; otherwise throws
	 * {@link AccessDeniedException} and runs nothing. Joins the open transaction (as a
	 * unit of work inside it) or runs in a transaction of its own.
	 */
	public <T> T actFor(UUID werkplaatsId, String slug, Permission permission, Supplier<T> work) {
		Actor acting = permitted(werkplaatsId, slug, permission);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return callAs(acting, () -> NationalRead.suspend(() -> this.readWrite.execute((status) -> work.get())));
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Cannot act for a werkplaats inside a read-only transaction");
		}
		return WorkUnit.run(this.entityManagerFactory, acting, false, false, work);
	}

	/**
	 * Runs a read of one werkplaats's data as the current caller acting for it, once the
	 * caller passes the given permission; otherwise throws {@link AccessDeniedException}.
	 */
	public <T> T readFor(UUID werkplaatsId, String slug, Permission permission, Supplier<T> read) {
		Actor acting = permitted(werkplaatsId, slug, permission);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return callAs(acting, () -> NationalRead.suspend(() -> this.readOnly.execute((status) -> read.get())));
		}
		return WorkUnit.run(this.entityManagerFactory, acting, false, true, read);
	}

	/**
	 * Runs a read across werkplaatsen — other werkplaatsen's public rows, national reads
	 * — with no Hibernate tenant filter: the database's row-level security decides, for
	 * the current caller, what is visible.
	 */
	public <T> T readNationally(Supplier<T> read) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return NationalRead.call(() -> this.readOnly.execute((status) -> read.get()));
		}
		return WorkUnit.run(this.entityManagerFactory, Actor.current(), true, true, read);
	}

	private static Actor permitted(UUID werkplaatsId, String slug, Permission permission) {
		Actor actor = Actor.current();
		if (!permission.allows(actor, werkplaatsId)) {
			throw new AccessDeniedException("Not allowed to " + permission.description() + " this werkplaats");
		}
		return ((permission == Permission.PLATFORM) ? Actor.PLATFORM : actor).actingFor(werkplaatsId, slug);
	}

	/**
	 * Runs the work with the given actor as the current one, restoring the previous
	 * afterwards: for the platform acting as someone (demo data, tests); it opens no
	 * transaction.
	 */
	public static <T> T callAs(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext scoped = SecurityContextHolder.createEmptyContext();
		Object credentials = (previous.getAuthentication() != null) ? previous.getAuthentication().getCredentials()
				: null;
		// The caller acting for a werkplaats was allowed to on the request's resolution:
		// it goes along, for a later generation to verify. The platform's own work does
		// not depend on it.
		ActorResolution resolution = (previous.getAuthentication() instanceof ActorAuthentication authentication
				&& authentication.resolution() != null && actor.kind() != Actor.Kind.SYSTEM
				&& java.util.Objects.equals(actor.subject(), authentication.resolution().actor().subject()))
						? authentication.resolution() : null;
		scoped.setAuthentication(new ActorAuthentication(actor, credentials, resolution));
		SecurityContextHolder.setContext(scoped);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs the work with the given actor as the current one; see {@link #callAs}. */
	public static void runAs(Actor actor, Runnable work) {
		callAs(actor, () -> {
			work.run();
			return null;
		});
	}

	/** Why the caller may act for a werkplaats; checked before any work runs. */
	public enum Permission {

		/** Its admins, a network coordinator, or the platform itself. */
		ADMINISTER("administer"),

		/** Its admins and coordinators, a network coordinator, or the platform itself. */
		COORDINATE("coordinate"),

		/**
		 * Anyone, through the werkplaats's public forms: the work may only add a
		 * submission.
		 */
		SUBMIT_PUBLICLY("submit to"),

		/**
		 * The platform itself — a scheduled job or a reaction after a commit — never
		 * while serving a request.
		 */
		PLATFORM("act as the platform for");

		private final String description;

		Permission(String description) {
			this.description = description;
		}

		boolean allows(Actor actor, UUID werkplaatsId) {
			return switch (this) {
				case ADMINISTER -> isPlatform(actor) || actor.isNetworkCoordinator()
						|| actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN);
				case COORDINATE -> isPlatform(actor) || actor.isNetworkCoordinator()
						|| actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN, TeamRole.COORDINATOR);
				case SUBMIT_PUBLICLY -> true;
				case PLATFORM -> isPlatform(actor) || !actor.isAuthenticated();
			};
		}

		private static boolean isPlatform(Actor actor) {
			return actor.kind() == Actor.Kind.SYSTEM;
		}

		String description() {
			return this.description;
		}

	}

}
