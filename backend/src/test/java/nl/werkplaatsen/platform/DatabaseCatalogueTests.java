package nl.werkplaatsen.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue proves the tenancy rules hold for every table, including the ones added
 * later: every tenant-owned table (one with {@code werkplaats_id}) has row-level security
 * enabled and forced; every policy that lets rows be written checks them both ways; the
 * application's role owns nothing and bypasses nothing.
 */
@PlatformTest
class DatabaseCatalogueTests {

	private static final List<String> NATIONAL_TABLES = List.of("werkplaats", "frontend_client");

	/**
	 * Registry tables that point at a werkplaats but are read before any werkplaats is
	 * known and hold nothing private: a frontend client's binding (written only by a
	 * transaction acting for its werkplaats; see RowLevelSecurityTests).
	 */
	private static final String REGISTRY_TABLES = "('frontend_client')";

	/**
	 * Tables the application's role can reach at all: the owner's own (the maintained KPI
	 * figures, per werkplaats but read and written only by the owner's functions) are no
	 * tenant's, and {@link #ownerOnlyTablesAreOutOfTheApplicationsReach} lists them.
	 */
	private static final String REACHABLE = "c.relname not in " + REGISTRY_TABLES + " and has_table_privilege('"
			+ TestPostgres.APP + "', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE')";

	@Test
	void everyTenantOwnedTableHasRowLevelSecurityEnabledAndForced() throws SQLException {
		List<String> tenantOwned = strings("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'werkplaats_id' and not a.attisdropped
				where n.nspname = 'public' and c.relkind = 'r' and %s order by 1""".formatted(REACHABLE));
		List<String> unprotected = strings("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'werkplaats_id' and not a.attisdropped
				where n.nspname = 'public' and c.relkind = 'r'
				and not (c.relrowsecurity and c.relforcerowsecurity) and %s order by 1""".formatted(REACHABLE));

		assertThat(tenantOwned).contains("membership", "offer", "consortium_partner", "ambition");
		assertThat(tenantOwned).as("national tables keep no werkplaats_id")
			.doesNotContainAnyElementsOf(List.of("werkplaats"));
		assertThat(unprotected).isEmpty();
	}

	@Test
	void ownerOnlyTablesAreOutOfTheApplicationsReach() throws SQLException {
		List<String> ownerOnly = strings(
				"""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						join pg_attribute a on a.attrelid = c.oid and a.attname = 'werkplaats_id' and not a.attisdropped
						where n.nspname = 'public' and c.relkind = 'r' and c.relname not in %s
						and not has_table_privilege('%s', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
						order by 1"""
					.formatted(REGISTRY_TABLES, TestPostgres.APP));

		assertThat(ownerOnly).containsExactly("kpi_contribution", "kpi_member", "kpi_member_count", "kpi_total");
	}

	@Test
	void everyTenantOwnedTableHasATenantPolicyForAllCommands() throws SQLException {
		List<String> withoutTenantPolicy = strings(
				"""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						join pg_attribute a on a.attrelid = c.oid and a.attname = 'werkplaats_id' and not a.attisdropped
						where n.nspname = 'public' and c.relkind = 'r' and %s and not exists (
						  select from pg_policies p where p.tablename = c.relname and p.cmd = 'ALL'
						  and p.qual like '%%app_current_werkplaats()%%' and p.with_check like '%%app_current_werkplaats()%%')"""
					.formatted(REACHABLE));

		assertThat(withoutTenantPolicy).isEmpty();
	}

	@Test
	void referencesBetweenTenantOwnedTablesIncludeTheWerkplaats() throws SQLException {
		// A foreign key from one tenant-owned table to another must be composite,
		// (werkplaats_id, x) to a UNIQUE (werkplaats_id, id), so no row can point into
		// another werkplaats than the one a werkplaats column of the row names (a
		// referral's to_werkplaats_id names the receiver whose intake it links).
		List<String> singleColumnReferences = strings("""
				select con.conname from pg_constraint con
				join pg_attribute source on source.attrelid = con.conrelid and source.attname = 'werkplaats_id'
				join pg_attribute target on target.attrelid = con.confrelid and target.attname = 'werkplaats_id'
				where con.contype = 'f' and not exists (select from pg_attribute key
				  where key.attrelid = con.conrelid and key.attnum = any (con.conkey)
				  and key.attname like '%werkplaats_id' and exists (select from pg_constraint ref
				    where ref.conrelid = con.conrelid and ref.contype = 'f' and ref.conkey = array[key.attnum]
				    and ref.confrelid = 'werkplaats'::regclass))""");
		List<String> uniqueWerkplaatsIds = strings("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				join pg_attribute a on a.attrelid = c.oid and a.attname = 'werkplaats_id'
				where n.nspname = 'public' and c.relkind = 'r' and %s and not exists (
				  select from pg_constraint u where u.conrelid = c.oid and u.contype = 'u'
				  and u.conkey[1] = a.attnum and array_length(u.conkey, 1) = 2)""".formatted(REACHABLE));

		assertThat(singleColumnReferences).isEmpty();
		assertThat(uniqueWerkplaatsIds).as("tenant-owned tables offer UNIQUE (werkplaats_id, id) to reference")
			.isEmpty();
	}

	@Test
	void everyWritePolicyHasUsingAndWithCheckAndOnlySelectPoliciesMayLackWithCheck() throws SQLException {
		List<String> incomplete = strings(
				"""
						select tablename || '.' || policyname from pg_policies where schemaname = 'public'
						and (qual is null and cmd <> 'INSERT' or with_check is null and cmd <> 'SELECT' and cmd <> 'DELETE')""");
		List<String> permissive = strings("""
				select tablename || '.' || policyname from pg_policies where schemaname = 'public'
				and cmd <> 'SELECT' and (qual = 'true' or with_check = 'true')""");

		assertThat(incomplete).isEmpty();
		assertThat(permissive).isEmpty();
	}

	@Test
	void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
		List<String> attributes = strings(
				"select rolsuper || ',' || rolbypassrls || ',' || rolcreaterole || ',' || rolcreatedb "
						+ "from pg_roles where rolname = '" + TestPostgres.APP + "'");
		List<String> owned = strings("""
				select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
				where r.rolname = '%s'""".formatted(TestPostgres.APP));
		List<String> migrationTableGrants = strings("""
				select table_name || ':' || privilege_type from information_schema.role_table_grants
				where grantee = '%s' and table_name like 'databasechangelog%%'""".formatted(TestPostgres.APP));

		assertThat(attributes).containsExactly("false,false,false,false");
		assertThat(owned).isEmpty();
		assertThat(migrationTableGrants).isEmpty();
		assertThat(strings("select relname from pg_class where relname = 'databasechangelog'")).isNotEmpty();
	}

	@Test
	void theMigrationRoleOwnsTheTablesAndBypassesRowLevelSecurity() throws SQLException {
		List<String> notOwnedByOwner = strings("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				join pg_roles r on r.oid = c.relowner where n.nspname = 'public' and c.relkind = 'r'
				and r.rolname <> '%s'""".formatted(TestPostgres.OWNER));

		assertThat(notOwnedByOwner).isEmpty();
		assertThat(strings("select rolbypassrls::text from pg_roles where rolname = '" + TestPostgres.OWNER + "'"))
			.containsExactly("true");
		assertThat(NATIONAL_TABLES).allSatisfy((table) -> assertThat(
				strings("select relname from pg_class where relname = '" + table + "' and relkind = 'r'"))
			.containsExactly(table));
	}

	private static List<String> strings(String sql) throws SQLException {
		try (Connection connection = TestPostgres.database().connectAsOwner();
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
	}

}
