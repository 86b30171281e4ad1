package nl.werkplaatsen.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application on real PostgreSQL with the demo data loaded, called
 * through MockMvc with test JWTs; see {@link GraphQlClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// The hourly jobs do not fire by themselves in tests; tests run them when they mean to.
@SpringBootTest(properties = { "werkplaats.demo.enabled=true", "werkplaats.traject.stale-check-cron=-",
		"werkplaats.retention.cron=-", "werkplaats.referral.expiry-check-cron=-", "werkplaats.monitor.send-cron=-",
		"werkplaats.events.resubmit-interval=1h",
		// The whole suite submits public forms from one address; the limit test uses its
		// own.
		"werkplaats.public-submissions-per-minute=200",
		// Likewise every request: the budgets run (the rate limit tests use small ones),
		// but the suite stays under them.
		"werkplaats.rate-limits.anonymous-per-minute=100000", "werkplaats.rate-limits.person-per-minute=100000",
		"werkplaats.rate-limits.client-per-minute=100000",
		// No Keycloak here: its admin API is configured but unreachable (end-to-end tests
		// use the real one).
		"werkplaats.keycloak.admin.realm-url=http://127.0.0.1:9/realms/werkplaatsen",
		"werkplaats.keycloak.admin.client-secret=unreachable" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, GraphQlClient.class })
public @interface PlatformTest {

}
