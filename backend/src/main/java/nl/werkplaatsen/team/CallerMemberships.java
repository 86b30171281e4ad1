package nl.werkplaatsen.team;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Memberships;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * Answers the tenancy's question who a caller is a member of, from this module's read
 * model {@code caller_membership}: memberships in active werkplaatsen, which row-level
 * security shows to the caller's own subject only. The tenancy reads them in a
 * transaction it began (where the caller's subject is told), so these join it.
 */
@Component
class CallerMemberships implements Memberships {

	private final JdbcClient jdbc;

	CallerMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Actor.ActingWerkplaats> activeMembershipsOf(String subject) {
		return this.jdbc.sql("""
				select werkplaats_id, werkplaats_slug, role from caller_membership
				where subject = :subject order by werkplaats_slug""")
			.param("subject", subject)
			.query((rs, row) -> new Actor.ActingWerkplaats(rs.getObject("werkplaats_id", UUID.class),
					rs.getString("werkplaats_slug"), TeamRole.valueOf(rs.getString("role"))))
			.list();
	}

	@Override
	public boolean hasPendingInvitation(String subject) {
		return this.jdbc.sql("select exists (select 1 from caller_pending_invitation where subject = :subject)")
			.param("subject", subject)
			.query(Boolean.class)
			.single();
	}

}
