package nl.werkplaatsen.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lookups that turn a token into an actor: a caller's memberships, a frontend
 * client's werkplaats, and the origins CORS admits. Each runs in its own read-only
 * transaction so that row-level security sees the caller's subject.
 */
@Component
class TenantRegistry {

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Memberships memberships;

	TenantRegistry(JdbcClient jdbc, PlatformTransactionManager transactionManager, Memberships memberships) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** The memberships of a subject in active werkplaatsen. */
	List<Actor.ActingWerkplaats> membershipsOf(String subject) {
		return this.readOnly.execute((status) -> this.memberships.activeMembershipsOf(subject));
	}

	/** Whether a subject has an invitation to accept in an active werkplaats. */
	boolean hasPendingInvitation(String subject) {
		return Boolean.TRUE.equals(this.readOnly.execute((status) -> this.memberships.hasPendingInvitation(subject)));
	}

	/** The active werkplaats a frontend client is bound to. */
	Optional<Actor.ActingWerkplaats> werkplaatsOfClient(String clientId) {
		return this.readOnly.execute((status) -> this.jdbc.sql("""
				select w.id, w.slug from frontend_client c join werkplaats w on w.id = c.werkplaats_id
				where c.client_id = :clientId and c.enabled and w.status = 'ACTIVE'""")
			.param("clientId", clientId)
			.query((rs, row) -> new Actor.ActingWerkplaats(rs.getObject("id", UUID.class), rs.getString("slug"), null))
			.optional());
	}

	/** The websites and custom domains of active werkplaatsen, as origins. */
	List<String> allowedOrigins() {
		return this.readOnly.execute((status) -> this.jdbc.sql("""
				select lower(substring(website from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+')) from werkplaats
				where status = 'ACTIVE' and website is not null
				union select 'https://' || lower(custom_domain) from werkplaats
				where status = 'ACTIVE' and custom_domain is not null""").query(String.class).list());
	}

}
