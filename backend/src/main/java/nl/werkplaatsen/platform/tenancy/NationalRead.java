package nl.werkplaatsen.platform.tenancy;

import java.util.function.Supplier;

/**
 * Marks, for the transaction about to open on this thread, that its Hibernate session is
 * a national one: the root tenant, no tenant filter.
 */
final class NationalRead {

	private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

	private NationalRead() {
	}

	static <T> T call(Supplier<T> work) {
		return with(true, work);
	}

	/** Runs work for one werkplaats inside a national read: its sessions are filtered. */
	static <T> T suspend(Supplier<T> work) {
		return with(false, work);
	}

	static boolean active() {
		return ACTIVE.get();
	}

	private static <T> T with(boolean national, Supplier<T> work) {
		boolean previous = ACTIVE.get();
		ACTIVE.set(national);
		try {
			return work.get();
		}
		finally {
			ACTIVE.set(previous);
		}
	}

}
