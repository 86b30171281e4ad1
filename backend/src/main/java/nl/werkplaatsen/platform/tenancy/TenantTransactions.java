package nl.werkplaatsen.platform.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction acting for one werkplaats — the caller's own, or one a
 * national role edits on its behalf once the caller's permission has been checked.
 */
@Component
public class TenantTransactions {

	private final TransactionTemplate readWrite;

	private final TransactionTemplate readOnly;

	TenantTransactions(PlatformTransactionManager transactionManager) {
		this.readWrite = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** Runs the work in a read-write transaction acting for the given werkplaats. */
	public <T> T write(UUID werkplaatsId, String slug, Supplier<T> work) {
		return Tenancy.callAs(Actor.current().actingFor(werkplaatsId, slug),
				() -> this.readWrite.execute((status) -> work.get()));
	}

	/** Runs the work in a read-only transaction acting for the given werkplaats. */
	public <T> T read(UUID werkplaatsId, String slug, Supplier<T> work) {
		return Tenancy.callAs(Actor.current().actingFor(werkplaatsId, slug),
				() -> this.readOnly.execute((status) -> work.get()));
	}

}
