package nl.werkplaatsen.kpi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A year of history (2021) from two werkplaatsen's spreadsheets: imported, it counts in
 * the KPIs exactly as the definitions say (a student and an organisation at both counted
 * once nationally); the same files again change nothing; a broken file is refused by line
 * and column with nothing stored; a dry run stores nothing; only the werkplaats's admins
 * and network coordinators import.
 */
@PlatformTest
class HistoryImportTests {

	static final String WOO = "werkplaats-online-ondernemen";

	static final String TWENTE = "digitale-werkplaats-twente";

	static final List<String> TABLES = List.of("offer", "intake", "organisation_contact", "traject", "student",
			"traject_member", "event", "event_registration", "reach_record", "monitor_response", "monitor_answer");

	@Autowired
	MockMvc mvc;

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void twoWerkplaatsenImportTheir2021(@Autowired MockMvc mvc, @Autowired JsonMapper json) throws Exception {
		Answer woo = post(mvc, json, WOO_ADMIN, WOO, files("woo"), "");
		assertThat(woo.status()).as(woo.body().toString()).isEqualTo(200);
		Answer twente = post(mvc, json, NETWORK_COORDINATOR, TWENTE, files("twente"), "");
		assertThat(twente.status()).as(twente.body().toString()).isEqualTo(200);
	}

	@Test
	void theImportedYearCountsByTheDefinitionsPerWerkplaatsAndOnceNationally() {
		Response response = this.graphQl.execute(NETWORK_COORDINATOR, """
				query($ids: [ID!]) { kpis(period: { from: "2021-01-01", to: "2021-12-31" }, werkplaatsIds: $ids) {
				  national { bereik trainingen trajecten studenten contacten organisaties }
				  sumOfWerkplaatsen { bereik studenten organisaties }
				  werkplaatsen { werkplaats { slug } figures { bereik trainingen trajecten studenten contacten
				    organisaties monitor { respondents satisfaction { zeerTevreden { count percent }
				      neutraal { count percent } } continuing { count percent } } } } } }""",
				Map.of("ids", List.of(id(WOO), id(TWENTE))));
		assertThat(response.errors()).isEmpty();
		Map<String, Object> woo = figures(response, WOO);
		// Started in 2021: H21-001, -002, -003 (not the planned one, nor the one of 31
		// December 2020); S100 on three of them and S101.
		assertThat(woo).containsEntry("trajecten", 3).containsEntry("studenten", 2);
		// Webinar: three attended registrations and twelve without; workshop: two.
		assertThat(woo).containsEntry("trainingen", 17).containsEntry("contacten", 20);
		// 81000001 and 81000002 (trajecten, events) and 82000001 (an event only).
		assertThat(woo).containsEntry("organisaties", 3);
		// The newsletter (the social media record started in 2020), three organisations,
		// two attended registrations without a KVK number and twelve without
		// registration.
		assertThat(woo).containsEntry("bereik", 400 + 3 + 2 + 12);
		assertThat(woo.get("monitor"))
			.isEqualTo(Map.of(
					"respondents", 2, "satisfaction", Map.of("zeerTevreden", Map.of("count", 1, "percent", 50),
							"neutraal", Map.of("count", 1, "percent", 50)),
					"continuing", Map.of("count", 1, "percent", 50)));
		assertThat(figures(response, TWENTE)).containsEntry("trajecten", 1)
			.containsEntry("studenten", 1)
			.containsEntry("organisaties", 1)
			.containsEntry("bereik", 1);
		// Nationally Fietsenmaker Spaak and student S100 of Hogeschool Utrecht count
		// once.
		assertThat(response.<Map<String, Object>>path("$.data.kpis.national")).containsEntry("trajecten", 4)
			.containsEntry("studenten", 2)
			.containsEntry("organisaties", 3)
			.containsEntry("bereik", 417)
			.containsEntry("trainingen", 17);
		assertThat(response.<Map<String, Object>>path("$.data.kpis.sumOfWerkplaatsen")).containsEntry("studenten", 3)
			.containsEntry("organisaties", 4)
			.containsEntry("bereik", 418);
	}

	@Test
	void theSameFilesAgainChangeNothingAndAChangedRowUpdates() throws Exception {
		Map<String, String> before = snapshot(WOO);
		Answer again = post(this.mvc, this.json, WOO_ADMIN, WOO, files("woo"), "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(again.body().get("counts").get("trajecten").asInt()).isEqualTo(5);
		assertThat(snapshot(WOO)).isEqualTo(before);

		Map<String, byte[]> changed = new LinkedHashMap<>();
		changed.put("reach", """
				channel,period_start,period_end,count,note
				NEWSLETTER,2021-01-01,2021-12-31,450,Nieuwsbrief (herteld)
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(post(this.mvc, this.json, WOO_ADMIN, WOO, changed, "").status()).isEqualTo(200);
		assertThat(bereik(WOO)).isEqualTo(467);
		// A spreadsheet's 0 is no reach: the record goes, and comes back with a count.
		changed.put("reach", """
				channel,period_start,period_end,count,note
				NEWSLETTER,2021-01-01,2021-12-31,0,Niet verstuurd
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(post(this.mvc, this.json, WOO_ADMIN, WOO, changed, "").status()).isEqualTo(200);
		assertThat(bereik(WOO)).isEqualTo(17);
		changed.put("reach", resource("woo/reach.csv"));
		assertThat(post(this.mvc, this.json, WOO_ADMIN, WOO, changed, "").status()).isEqualTo(200);
		assertThat(bereik(WOO)).isEqualTo(417);
	}

	@Test
	void aBrokenFileIsRefusedByLineAndColumnAndChangesNothing() throws Exception {
		Map<String, String> before = snapshot(WOO);
		Map<String, byte[]> broken = files("woo");
		broken.put("trajecten", """
				ref,kvk_number,offer_title,archetype,status,started_on,delivered_on,completed_on
				H21-001,81000001,Webshop in een week,WORKING_WITH_STUDENTS,COMPLETED,2021-02-01,2021-04-01,2021-05-01
				H21-005,81000001,Webshop in een week,WORKING_WITH_STUDENTS,DONE,2021-13-01,,
				H21-006,99999999,Webshop in een week,WORKING_WITH_STUDENTS,RUNNING,2021-06-01,,
				H21-001,81000001,Webshop in een week,WORKING_WITH_STUDENTS,RUNNING,2021-06-01,,
				""".getBytes(StandardCharsets.UTF_8));
		broken.put("monitor_responses", """
				traject_ref,instrument_key,answered_on,q1a,q1b,q1c,q1d,q1e,q1f,q1g,q2,q3,q4,q5,q5_other,q6
				H99-404,NL-1-METING-V1,2021-11-01,AGREE,,,,,,,11,,,a;z,,
				""".getBytes(StandardCharsets.UTF_8));
		Answer refused = post(this.mvc, this.json, WOO_ADMIN, WOO, broken, "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().get("status").asString()).isEqualTo("REJECTED");
		assertThat(errors(refused)).contains("trajecten:3:status", "trajecten:3:started_on", "trajecten:4:kvk_number",
				"trajecten:5:ref", "monitor_responses:2:q2", "monitor_responses:2:q5");
		assertThat(snapshot(WOO)).isEqualTo(before);

		Answer dryRun = post(this.mvc, this.json, WOO_ADMIN, WOO, broken, "&dryRun=true");
		assertThat(dryRun.status()).isEqualTo(422);
		Map<String, byte[]> good = new LinkedHashMap<>();
		good.put("reach", """
				channel,period_start,period_end,count,note
				PRESS,2021-02-01,2021-02-28,1000,Krantenartikel
				""".getBytes(StandardCharsets.UTF_8));
		Answer validated = post(this.mvc, this.json, WOO_ADMIN, WOO, good, "&dryRun=true");
		assertThat(validated.body().get("status").asString()).isEqualTo("VALIDATED");
		assertThat(snapshot(WOO)).isEqualTo(before);
	}

	@Test
	void onlyTheWerkplaatssAdminsAndNetworkCoordinatorsImportAndReadTheHistory() throws Exception {
		Map<String, String> before = snapshot(WOO);
		assertThat(post(this.mvc, this.json, TWENTE_ADMIN, WOO, files("woo"), "").status()).isEqualTo(403);
		assertThat(post(this.mvc, this.json, WOO_COORDINATOR, WOO, files("woo"), "").status()).isEqualTo(403);
		assertThat(snapshot(WOO)).isEqualTo(before);
		assertThat(post(this.mvc, this.json, WOO_ADMIN, "no-such-werkplaats", files("woo"), "").status())
			.isEqualTo(404);

		MvcResult latest = this.mvc
			.perform(get("/imports/history").param("werkplaats", WOO).with(GraphQlClient.tokenOf(WOO_ADMIN)))
			.andReturn();
		assertThat(latest.getResponse().getStatus()).isEqualTo(200);
		JsonNode imports = this.json.readTree(latest.getResponse().getContentAsString());
		assertThat(imports.size()).isGreaterThanOrEqualTo(1);
		assertThat(imports.get(0).get("startedBy").asString()).isNotBlank();
		assertThat(this.mvc
			.perform(get("/imports/history").param("werkplaats", WOO).with(GraphQlClient.tokenOf(TWENTE_ADMIN)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anotherWerkplaatsCanNeitherReadNorChangeTheImportsOrTheImportedRecordsInSql() throws Exception {
		try (Connection twente = TestPostgres.database().connectAsAppActingFor(TWENTE)) {
			UUID woo = KpiFixture.werkplaats(WOO);
			// Events themselves are public (the agenda); what was imported around them is
			// not.
			for (String table : List.of("history_import", "traject", "event_registration", "reach_record",
					"monitor_response", "student")) {
				try (PreparedStatement query = twente
					.prepareStatement("select count(*) from " + table + " where werkplaats_id = ?")) {
					query.setObject(1, woo);
					try (ResultSet rows = query.executeQuery()) {
						rows.next();
						assertThat(rows.getLong(1)).as(table).isZero();
					}
				}
			}
			try (PreparedStatement update = twente
				.prepareStatement("update history_import set status = 'FAILED' where werkplaats_id = ?")) {
				update.setObject(1, woo);
				assertThat(update.executeUpdate()).isZero();
			}
			try (PreparedStatement delete = twente
				.prepareStatement("delete from event_registration where werkplaats_id = ?")) {
				delete.setObject(1, woo);
				assertThat(delete.executeUpdate()).isZero();
			}
			twente.rollback();
		}
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement imported = owner.prepareStatement("""
						select count(*) from history_import i join werkplaats w on w.id = i.werkplaats_id
						where w.slug = ? and i.status = 'COMPLETED'""")) {
			imported.setString(1, WOO);
			try (ResultSet rows = imported.executeQuery()) {
				rows.next();
				assertThat(rows.getLong(1)).as("the imports are there to be hidden").isPositive();
			}
		}
	}

	private long bereik(String slug) {
		return this.graphQl.execute(NETWORK_COORDINATOR, """
				query($ids: [ID!]) { kpis(period: { from: "2021-01-01", to: "2021-12-31" }, werkplaatsIds: $ids) {
				  national { bereik } } }""", Map.of("ids", List.of(id(slug))))
			.<Integer>path("$.data.kpis.national.bereik");
	}

	/** Every row of the werkplaats's tables the import writes, as JSON, per table. */
	private static Map<String, String> snapshot(String slug) throws Exception {
		Map<String, String> rows = new LinkedHashMap<>();
		try (Connection owner = TestPostgres.database().connectAsOwner()) {
			for (String table : TABLES) {
				try (PreparedStatement query = owner.prepareStatement(
						"select coalesce(string_agg(row_to_json(t)::text, " + "'\n' order by t.id), '') from " + table
								+ " t join werkplaats w on w.id = t.werkplaats_id " + "where w.slug = ?")) {
					query.setString(1, slug);
					try (ResultSet result = query.executeQuery()) {
						result.next();
						rows.put(table, result.getString(1));
					}
				}
			}
		}
		return rows;
	}

	private static List<String> errors(Answer answer) {
		List<String> errors = new ArrayList<>();
		answer.body()
			.get("errors")
			.forEach((error) -> errors.add(error.get("part").asString() + ":" + error.get("line").asString() + ":"
					+ error.get("column").asString()));
		return errors;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> figures(Response response, String slug) {
		return (Map<String, Object>) response
			.<List<Map<String, Object>>>path("$.data.kpis.werkplaatsen[?(@.werkplaats.slug == '" + slug + "')]")
			.getFirst()
			.get("figures");
	}

	private static String id(String slug) {
		return GlobalId.encode("Werkplaats", KpiFixture.werkplaats(slug));
	}

	static Map<String, byte[]> files(String folder) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		for (HistoryPart part : HistoryPart.values()) {
			try (InputStream in = HistoryImportTests.class
				.getResourceAsStream("/history/" + folder + "/" + part.partName() + ".csv")) {
				if (in != null) {
					files.put(part.partName(), in.readAllBytes());
				}
			}
		}
		return files;
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = HistoryImportTests.class.getResourceAsStream("/history/" + path)) {
			return in.readAllBytes();
		}
	}

	static Answer post(MockMvc mvc, JsonMapper json, Persona persona, String slug, Map<String, byte[]> parts,
			String query) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/imports/history?werkplaats=" + slug + query);
		parts.forEach((name, bytes) -> request.file(new MockMultipartFile(name, name + ".csv", "text/csv", bytes)));
		request.with(GraphQlClient.tokenOf(persona));
		MvcResult result = mvc.perform(request).andReturn();
		return new Answer(result.getResponse().getStatus(),
				json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

	record Answer(int status, JsonNode body) {
	}

}
