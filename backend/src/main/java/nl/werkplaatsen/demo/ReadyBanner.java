package nl.werkplaatsen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says, in one line, that the local stack is ready once the demo data is in and the
 * platform accepts traffic (the same moment readiness turns UP): how many werkplaatsen it
 * holds, where the API, GraphiQL and Keycloak are and how to log in.
 */
@Component
@ConditionalOnBooleanProperty("werkplaats.demo.enabled")
class ReadyBanner {

	private static final Logger logger = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	private final JdbcClient jdbc;

	ReadyBanner(Environment environment, JdbcClient jdbc) {
		this.environment = environment;
		this.jdbc = jdbc;
	}

	@EventListener
	void announce(AvailabilityChangeEvent<ReadinessState> change) {
		if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		long werkplaatsen = this.jdbc.sql("select count(*) from werkplaats").query(Long.class).single();
		String port = this.environment.getProperty("local.server.port", "8080");
		String issuer = this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
		String keycloak = issuer.contains("/realms/") ? issuer.substring(0, issuer.indexOf("/realms/")) : issuer;
		logger
			.info("Werkplaats Platform is ready with demo data of {} werkplaatsen: API http://localhost:{}/graphql, GraphiQL "
					+ "http://localhost:{}/graphiql, Keycloak {} (realm werkplaatsen, admin/admin); logins "
					+ "<slug>-admin and <slug>-coordinator for mkb-digital-workspace, werkplaats-online-ondernemen and "
					+ "digitale-werkplaats-twente, network-coordinator, ministry-analyst (password demo, client "
					+ "werkplaats-cli); clients <slug>-frontend / demo-secret", werkplaatsen, port, port, keycloak);
	}

}
