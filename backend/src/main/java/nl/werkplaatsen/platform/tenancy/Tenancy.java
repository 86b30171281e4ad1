package nl.werkplaatsen.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a given actor, for the few places where the platform acts on its own (demo
 * data) or a national role acts on one werkplaats's behalf.
 */
public final class Tenancy {

	private Tenancy() {
	}

	/**
	 * Runs the work with the given actor as the current one, restoring the previous
	 * afterwards.
	 */
	public static <T> T callAs(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext scoped = SecurityContextHolder.createEmptyContext();
		Object credentials = (previous.getAuthentication() != null) ? previous.getAuthentication().getCredentials()
				: null;
		scoped.setAuthentication(new ActorAuthentication(actor, credentials));
		SecurityContextHolder.setContext(scoped);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs the work with the given actor as the current one. */
	public static void runAs(Actor actor, Runnable work) {
		callAs(actor, () -> {
			work.run();
			return null;
		});
	}

}
