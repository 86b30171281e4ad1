package nl.werkplaatsen.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor the API is measured against: the same rows read with plain JDBC (the same
 * statements the API sends, as the application's role, told who acts the same way) and
 * the same JSON built with Jackson, served over plain HTTP by the JDK's server — what a
 * request costs without Spring, Spring Security, GraphQL, Hibernate or token checks.
 */
final class JdbcFloor implements AutoCloseable {

	private static final String TELL = "select set_config('app.werkplaats', ?, true), "
			+ "set_config('app.subject', ?, true), set_config('app.national', ?, true)";

	private final DataSource dataSource;

	private final DataSource direct;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(32);

	private final Acting staff;

	private final Acting network;

	/**
	 * The floor on a free port of localhost.
	 * @param dataSource connections as the application's role
	 * @param direct connections that read the register without row-level security
	 * @param staff who the staff list is read as (a werkplaats's coordinator)
	 * @param network who the national reads are read as (a network coordinator)
	 */
	JdbcFloor(DataSource dataSource, DataSource direct, Acting staff, Acting network) throws IOException {
		this.dataSource = dataSource;
		this.direct = direct;
		this.staff = staff;
		this.network = network;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		this.server.setExecutor(this.threads);
		this.server.createContext("/intakes", (exchange) -> answer(exchange, this::intakes));
		this.server.createContext("/lookup", (exchange) -> answer(exchange, this::lookup));
		this.server.createContext("/organisations", (exchange) -> answer(exchange, this::organisations));
		this.server.createContext("/kpis", (exchange) -> answer(exchange, this::kpis));
		this.server.createContext("/offer", (exchange) -> answer(exchange, this::offerUpdate));
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** A staff list: intakes with their organisation, werkplaats and assignee. */
	private Object intakes(Map<String, String> query) throws SQLException {
		int size = Integer.parseInt(query.get("first"));
		try (Connection connection = begin(this.staff)) {
			List<Map<String, Object>> intakes = new ArrayList<>();
			Map<UUID, Map<String, Object>> organisations = new HashMap<>();
			Map<UUID, Map<String, Object>> werkplaatsen = new HashMap<>();
			Map<UUID, Map<String, Object>> assignees = new HashMap<>();
			List<UUID[]> links = new ArrayList<>();
			try (PreparedStatement page = connection.prepareStatement("""
					select * from intake where werkplaats_id = ?
					order by submitted_at desc, id desc limit ?""")) {
				page.setObject(1, this.staff.werkplaats());
				page.setInt(2, size + 1);
				try (ResultSet rows = page.executeQuery()) {
					while (rows.next() && intakes.size() < size) {
						Map<String, Object> intake = new LinkedHashMap<>();
						intake.put("reference", rows.getString("reference"));
						intake.put("status", rows.getString("status"));
						intake.put("submittedAt", rows.getTimestamp("submitted_at").toInstant().toString());
						intakes.add(intake);
						links.add(new UUID[] { rows.getObject("organisation_id", UUID.class),
								rows.getObject("werkplaats_id", UUID.class),
								rows.getObject("assignee_id", UUID.class) });
						organisations.put(links.getLast()[0], null);
						werkplaatsen.put(links.getLast()[1], null);
						if (links.getLast()[2] != null) {
							assignees.put(links.getLast()[2], null);
						}
					}
				}
			}
			byIds(connection, "select id, name, kvk_number, city from organisation where id = any(?)", organisations,
					(row) -> Map.of("name", row.getString("name"), "kvkNumber", row.getString("kvk_number"), "city",
							String.valueOf(row.getString("city"))));
			byIds(connection, "select id, slug, name from werkplaats where id = any(?)", werkplaatsen,
					(row) -> Map.of("slug", row.getString("slug"), "name", row.getString("name")));
			byIds(connection, "select id, name, role from membership where id = any(?)", assignees,
					(row) -> Map.of("name", row.getString("name"), "role", row.getString("role")));
			for (int i = 0; i < intakes.size(); i++) {
				intakes.get(i).put("organisation", organisations.get(links.get(i)[0]));
				intakes.get(i).put("werkplaats", werkplaatsen.get(links.get(i)[1]));
				intakes.get(i).put("assignee", (links.get(i)[2] != null) ? assignees.get(links.get(i)[2]) : null);
			}
			connection.commit();
			return Map.of("data", Map.of("intakes", Map.of("nodes", intakes)));
		}
	}

	/**
	 * One record by id: HTTP and one statement (by primary key, on a connection that
	 * needs no settings).
	 */
	private Object lookup(Map<String, String> query) throws SQLException {
		try (Connection connection = this.direct.getConnection();
				PreparedStatement record = connection
					.prepareStatement("select name, kvk_number from organisation where id = ?")) {
			record.setObject(1, UUID.fromString(query.get("id")));
			try (ResultSet row = record.executeQuery()) {
				Map<String, Object> node = new LinkedHashMap<>();
				if (row.next()) {
					node.put("name", row.getString(1));
					node.put("kvkNumber", row.getString(2));
				}
				return Map.of("data", Map.of("node", node));
			}
		}
	}

	/** The register's page as a network coordinator reads it, optionally searched. */
	private Object organisations(Map<String, String> query) throws SQLException {
		String search = query.get("search");
		try (Connection connection = begin(this.network);
				PreparedStatement page = connection
					.prepareStatement("select name, kvk_number, city from organisation_register_page(?, '', ?, ?)")) {
			page.setString(1, (search != null) ? "%" + search.toLowerCase(java.util.Locale.ROOT) + "%" : null);
			page.setObject(2, new UUID(0, 0));
			page.setInt(3, 21);
			List<Map<String, Object>> nodes = new ArrayList<>();
			try (ResultSet rows = page.executeQuery()) {
				while (rows.next() && nodes.size() < 20) {
					nodes.add(Map.of("name", rows.getString(1), "kvkNumber", rows.getString(2), "city",
							String.valueOf(rows.getString(3))));
				}
			}
			connection.commit();
			return Map.of("data", Map.of("organisations", Map.of("nodes", nodes)));
		}
	}

	/**
	 * A year's KPIs, nationally and per werkplaats, as a network coordinator reads them.
	 */
	private Object kpis(Map<String, String> query) throws SQLException {
		String year = query.get("year");
		try (Connection connection = begin(this.network);
				PreparedStatement figures = connection
					.prepareStatement("select * from kpi_figures(cast(? as date[]), cast(? as date[]), null)")) {
			figures.setString(1, "{" + year + "-01-01}");
			figures.setString(2, "{" + year + "-12-31}");
			List<Map<String, Object>> werkplaatsen = new ArrayList<>();
			Map<String, Object> national = null;
			try (ResultSet rows = figures.executeQuery()) {
				while (rows.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("trajecten", rows.getLong("trajecten"));
					row.put("studenten", rows.getLong("studenten"));
					row.put("trainingen", rows.getLong("trainingen"));
					row.put("organisaties", rows.getLong("organisaties"));
					row.put("bereik", rows.getLong("reached"));
					row.put("verwijzingenGemaakt", rows.getLong("referrals_made"));
					if (rows.getObject("werkplaats_id") == null) {
						national = row;
					}
					else {
						werkplaatsen
							.add(Map.of("werkplaats", rows.getObject("werkplaats_id").toString(), "figures", row));
					}
				}
			}
			connection.commit();
			return Map.of("data",
					Map.of("kpis", Map.of("national", String.valueOf(national), "werkplaatsen", werkplaatsen)));
		}
	}

	/** A write: an offer's title, as its werkplaats's coordinator changes it. */
	private Object offerUpdate(Map<String, String> query) throws SQLException {
		try (Connection connection = begin(this.staff); PreparedStatement update = connection.prepareStatement("""
				update offer set title = ?, updated_at = now(), version = version + 1
				where id = ? returning title, version""")) {
			update.setString(1, query.get("title"));
			update.setObject(2, UUID.fromString(query.get("id")));
			Map<String, Object> offer = new LinkedHashMap<>();
			try (ResultSet row = update.executeQuery()) {
				if (row.next()) {
					offer.put("title", row.getString(1));
					offer.put("version", row.getLong(2));
				}
			}
			connection.commit();
			return Map.of("data", Map.of("offerUpdate", Map.of("offer", offer, "userErrors", List.of())));
		}
	}

	private Connection begin(Acting acting) throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			try (PreparedStatement tell = connection.prepareStatement(TELL)) {
				tell.setString(1, (acting.werkplaats() != null) ? acting.werkplaats().toString() : "");
				tell.setString(2, acting.subject());
				tell.setString(3, acting.national() ? "read" : "");
				tell.execute();
			}
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	private static void byIds(Connection connection, String sql, Map<UUID, Map<String, Object>> into, RowReader read)
			throws SQLException {
		if (into.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			Array ids = connection.createArrayOf("uuid", into.keySet().toArray());
			statement.setArray(1, ids);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					into.put(rows.getObject("id", UUID.class), read.read(rows));
				}
			}
		}
	}

	private void answer(HttpExchange exchange, Handler handler) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			byte[] body;
			int status = 200;
			try {
				body = this.json.writeValueAsBytes(handler.handle(query(exchange.getRequestURI().getRawQuery())));
			}
			catch (SQLException | RuntimeException ex) {
				status = 500;
				body = ("{\"errors\":[{\"message\":\"" + ex.getMessage().replace('"', '\'') + "\"}]}").getBytes();
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				query.put(
						java.net.URLDecoder.decode(pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8),
						java.net.URLDecoder.decode(pair.substring(equals + 1),
								java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	private interface Handler {

		Object handle(Map<String, String> query) throws SQLException;

	}

	private interface RowReader {

		Map<String, Object> read(ResultSet row) throws SQLException;

	}

	/**
	 * Whom the floor's reads are told to act as.
	 *
	 * @param werkplaats the werkplaats acted for, if any
	 * @param subject the caller's subject
	 * @param national whether a national read
	 */
	record Acting(UUID werkplaats, String subject, boolean national) {
	}

}
