package nl.werkplaatsen.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that reach beyond the werkplaats a request acts for — public rows of other
 * werkplaatsen, national reads — in a read-only transaction whose Hibernate session is
 * not tenant-filtered; the database's row-level security decides what is visible.
 */
@Component
public class CrossTenantReads {

	private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

	private final TransactionTemplate readOnly;

	CrossTenantReads(PlatformTransactionManager transactionManager) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Runs the read in its own read-only, unfiltered transaction. */
	public <T> T read(Supplier<T> read) {
		// The Hibernate session takes its tenant when the transaction opens it, so the
		// scope must
		// start before the transaction does.
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A cross-tenant read must open its own transaction");
		}
		ACTIVE.set(true);
		try {
			return this.readOnly.execute((status) -> read.get());
		}
		finally {
			ACTIVE.remove();
		}
	}

	static boolean active() {
		return ACTIVE.get();
	}

}
