package nl.werkplaatsen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, in one line, that the local stack is ready once the demo data is in: where the
 * API, GraphiQL and Keycloak are and how to log in.
 */
@Component
@ConditionalOnBooleanProperty("werkplaats.demo.enabled")
class ReadyBanner {

	private static final Logger logger = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	ReadyBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void announce() {
		String port = this.environment.getProperty("local.server.port", "8080");
		String issuer = this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
		String keycloak = issuer.contains("/realms/") ? issuer.substring(0, issuer.indexOf("/realms/")) : issuer;
		logger.info("Werkplaats Platform is ready with demo data: API http://localhost:{}/graphql, GraphiQL "
				+ "http://localhost:{}/graphiql, Keycloak {} (realm werkplaatsen, admin/admin); logins "
				+ "<slug>-admin and <slug>-coordinator for mkb-digital-workspace, werkplaats-online-ondernemen and "
				+ "digitale-werkplaats-twente, network-coordinator, ministry-analyst (password demo, client "
				+ "werkplaats-cli); clients <slug>-frontend / demo-secret", port, port, keycloak);
	}

}
