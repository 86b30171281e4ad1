package nl.werkplaatsen.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's search answers the same pages whichever way it finds them: from the next
 * thousand names in order (a common pattern), through the trigram indexes (a rare one),
 * or as the planner chooses (a pattern too short for trigrams). Run as the migration role
 * in a transaction rolled back at the end, so the other tests never see the organisations
 * it adds.
 */
@PlatformTest
class RegisterSearchPlansTests {

	private static final UUID START = new UUID(0, 0);

	@Test
	void everyWayOfSearchingAnswersTheNameOrdersPages() throws SQLException {
		try (Connection owner = TestPostgres.database().connectAsOwner()) {
			owner.setAutoCommit(false);
			try {
				// 1,200 names that come first, so the next thousand names are all
				// theirs, and three rare ones far behind them.
				int kvk = freeKvkNumbers(owner);
				insert(owner, 1_200, "Aaaa Vaak %04d", kvk);
				insert(owner, 3, "Zzzz Zeldzaam %d", kvk + 1_200);
				try (PreparedStatement national = owner
					.prepareStatement("select set_config('app.national', 'read', true)")) {
					national.execute();
				}

				List<String> common = page(owner, "%aaaa vaak%", "", START, 21);
				assertThat(common).hasSize(21).isEqualTo(inNameOrder(owner, "%aaaa vaak%", "", 21));
				Row last = lastRow(owner, "%aaaa vaak%", 21);
				assertThat(page(owner, "%aaaa vaak%", last.name(), last.id(), 21))
					.isEqualTo(inNameOrder(owner, "%aaaa vaak%", last.name(), 21))
					.doesNotContainAnyElementsOf(common);

				assertThat(page(owner, "%zeldzaam%", "", START, 21)).containsExactly("Zzzz Zeldzaam 0",
						"Zzzz Zeldzaam 1", "Zzzz Zeldzaam 2");
				assertThat(page(owner, "%zeldzaam%", "Zzzz Zeldzaam 0", new UUID(-1, -1), 21))
					.containsExactly("Zzzz Zeldzaam 1", "Zzzz Zeldzaam 2");
				assertThat(page(owner, "%" + (kvk + 1_201) + "%", "", START, 21)).containsExactly("Zzzz Zeldzaam 1");

				assertThat(page(owner, "%zz%", "", START, 2)).isEqualTo(inNameOrder(owner, "%zz%", "", 2));
			}
			finally {
				owner.rollback();
			}
		}
	}

	/** The first of the KVK numbers above every number registered so far. */
	private static int freeKvkNumbers(Connection owner) throws SQLException {
		try (PreparedStatement query = owner
			.prepareStatement("select coalesce(max(kvk_number::integer), 10000000) + 1 from organisation");
				ResultSet row = query.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void insert(Connection owner, int count, String name, int firstKvk) throws SQLException {
		try (PreparedStatement insert = owner.prepareStatement(
				"""
						insert into organisation (id, kvk_number, name, sbi_section, size_class, phase, postcode, city, province)
						values (gen_random_uuid(), ?, ?, 'G', 'MICRO', 'OTHER', '7511 AB', 'Enschede', 'OVERIJSSEL')""")) {
			for (int i = 0; i < count; i++) {
				insert.setString(1, Integer.toString(firstKvk + i));
				insert.setString(2, name.formatted(i));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static List<String> page(Connection owner, String search, String afterName, UUID afterId, int limit)
			throws SQLException {
		return names(owner, "select name from organisation_register_page(?, ?, ?, ?)", search, afterName, afterId,
				limit);
	}

	private static List<String> inNameOrder(Connection owner, String search, String afterName, int limit)
			throws SQLException {
		return names(owner, """
				select name from organisation where (lower(name) like ? or kvk_number like ?) and name > ?
				order by name, id limit ?""", search, search, afterName, limit);
	}

	private static Row lastRow(Connection owner, String search, int limit) throws SQLException {
		try (PreparedStatement query = owner.prepareStatement("""
				select name, id from organisation_register_page(?, '', ?, ?) order by name desc, id desc limit 1""")) {
			query.setString(1, search);
			query.setObject(2, START);
			query.setInt(3, limit);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return new Row(row.getString(1), row.getObject(2, UUID.class));
			}
		}
	}

	private static List<String> names(Connection owner, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement query = owner.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setObject(i + 1, parameters[i]);
			}
			List<String> names = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			return names;
		}
	}

	private record Row(String name, UUID id) {
	}

}
