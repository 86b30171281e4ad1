package nl.werkplaatsen.platform.tenancy;

import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkplaatsen.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A transaction whose start fails leaves nothing bound to its thread: pooled threads
 * serve the next request, which must never join a half-begun transaction of someone else.
 */
@PlatformTest
class TenantAwareTransactionManagerTests {

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedStartLeavesNoTransactionForTheNextCallerOnTheThread() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		// PostgreSQL refuses a zero byte in a setting, so telling it who acts fails.
		Actor broken = new Actor(Actor.Kind.PERSON, "broken\u0000subject", Set.of(), null);

		assertThatExceptionOfType(CannotCreateTransactionException.class)
			.isThrownBy(() -> Tenancy.runAs(broken, () -> transaction.executeWithoutResult((status) -> {
			})));

		assertThat(TransactionSynchronizationManager.getResource(this.entityManagerFactory)).isNull();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
		UUID werkplaats = UUID.randomUUID();
		Actor next = new Actor(Actor.Kind.PERSON, "next-caller", Set.of(),
				new Actor.ActingWerkplaats(werkplaats, "next", TeamRole.COORDINATOR));
		String acting = Tenancy.callAs(next,
				() -> transaction.execute((status) -> this.jdbc.sql("select current_setting('app.werkplaats', true)")
					.query(String.class)
					.single()));
		assertThat(acting).isEqualTo(werkplaats.toString());
	}

}
