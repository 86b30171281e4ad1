package nl.werkplaatsen.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The monitor's results on responses of a year nobody else uses (2001): distributions
 * with half-up percentages and means, per werkplaats, the impact matrix's positive
 * shares, who may count what, and the ministry's suppression of small groups.
 */
@PlatformTest
class MonitorResultsTests {

	static final String RESULTS = """
			query($key: String!, $from: Date!, $to: Date!, $groupBy: MonitorGroupBy, $ids: [ID!]) {
			  monitorResults(instrumentKey: $key, period: { from: $from, to: $to }, groupBy: $groupBy,
			    werkplaatsIds: $ids) {
			    instrumentKey groups { werkplaats { slug } categories { category answers positive percent suppressed }
			      questions { question respondents suppressed mean positivePercent
			        distribution { value count percent } } } } }""";

	static final LocalDate DAY = LocalDate.of(2001, 3, 14);

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	MockMvc mvc;

	// The platform (and its migrations) first: hence the parameter.
	@BeforeAll
	static void responsesOf2001(@Autowired GraphQlClient platform) throws Exception {
		// Eight 1-metingen at Werkplaats Online Ondernemen, three at Twente.
		List<String> woo = List.of("8", "8", "8", "7", "7", "9", "10", "6");
		for (String rating : woo) {
			response("werkplaats-online-ondernemen", "NL-1-METING-V1", "ONE_MEASUREMENT",
					Map.of("q1a", rating.equals("6") ? "DISAGREE" : "AGREE", "q2", rating));
		}
		for (String rating : List.of("5", "6", "7")) {
			response("digitale-werkplaats-twente", "NL-1-METING-V1", "ONE_MEASUREMENT", Map.of("q2", rating));
		}
		// Four impact matrices: positive is in redelijke or belangrijke mate; weet niet
		// and niet van toepassing leave the base.
		for (String[] answers : new String[][] { { "REASONABLY", "SIGNIFICANTLY" }, { "SIGNIFICANTLY", "NOT_AT_ALL" },
				{ "NOT_AT_ALL", "DONT_KNOW" }, { "DONT_KNOW", "NOT_APPLICABLE" } }) {
			response("werkplaats-online-ondernemen", "NL-IMPACTMATRIX-V1", "IMPACT_MATRIX",
					Map.of("q1", answers[0], "q2", answers[1]));
		}
	}

	@Test
	void aWerkplaatsCountsItsOwnWithHalfUpPercentagesAndMeans() {
		Response own = results(WOO_COORDINATOR, "NL-1-METING-V1", null, null);
		assertThat(own.errors()).isEmpty();
		Map<String, Object> q2 = question(own, 0, "q2");
		// One of eight is 12.5%: 13, where banker's rounding would give 12. The mean is
		// 63 / 8 = 7.875: 7.88.
		assertThat(q2).containsEntry("respondents", 8).containsEntry("suppressed", false).containsEntry("mean", 7.88);
		assertThat(distribution(q2)).containsEntry("6", List.of(1, 13))
			.containsEntry("8", List.of(3, 38))
			.containsEntry("1", List.of(0, 0));
		assertThat(distribution(question(own, 0, "q1a"))).containsEntry("AGREE", List.of(7, 88))
			.containsEntry("DISAGREE", List.of(1, 13));

		assertThat(
				results(WOO_COORDINATOR, "NL-1-METING-V1", null,
						List.of(nl.werkplaatsen.platform.graphql.GlobalId.encode("Werkplaats",
								werkplaats("digitale-werkplaats-twente"))))
					.classifications())
			.containsExactly("FORBIDDEN");
		assertThat(results(WOO_TEACHER, "NL-1-METING-V1", null, null).classifications()).containsExactly("FORBIDDEN");
	}

	@Test
	void networkCoordinatorsSeeEveryWerkplaatsAndTheMinistrySeesSmallGroupsSuppressed() {
		Response network = results(NETWORK_COORDINATOR, "NL-1-METING-V1", "WERKPLAATS", null);
		assertThat(network.<List<String>>path("$.data.monitorResults.groups[*].werkplaats.slug"))
			.containsExactlyInAnyOrder("werkplaats-online-ondernemen", "digitale-werkplaats-twente");
		assertThat(groupOf(network, "digitale-werkplaats-twente")).containsEntry("respondents", 3)
			.containsEntry("mean", 6.0);

		Response ministry = results(MINISTRY_ANALYST, "NL-1-METING-V1", "WERKPLAATS", null);
		assertThat(groupOf(ministry, "digitale-werkplaats-twente")).containsEntry("suppressed", true)
			.containsEntry("respondents", null)
			.containsEntry("mean", null)
			.containsEntry("distribution", List.of());
		assertThat(groupOf(ministry, "werkplaats-online-ondernemen")).containsEntry("suppressed", false)
			.containsEntry("respondents", 8);
		Response national = results(MINISTRY_ANALYST, "NL-1-METING-V1", "NONE", null);
		assertThat(question(national, 0, "q2")).containsEntry("respondents", 11).containsEntry("suppressed", false);
	}

	@Test
	void theAnswersExportForRvoNamesNoOneAndHidesSmallWerkplaatsenFromTheMinistry() throws Exception {
		MockHttpServletResponse ministry = export(MINISTRY_ANALYST, "csv");
		assertThat(ministry.getStatus()).isEqualTo(200);
		assertThat(ministry.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"monitor-NL-1-METING-V1-2001-03-14-2001-03-14.csv\"");
		var parsed = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(ministry.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		List<String> headers = parsed.getHeaderNames();
		List<CSVRecord> rows = parsed.getRecords();
		// Twente's three responses are too few for the ministry; no KVK, no free text.
		assertThat(rows).hasSize(8)
			.allSatisfy((row) -> assertThat(row.get("Werkplaats")).isEqualTo("Werkplaats Online Ondernemen"));
		assertThat(headers).doesNotContain("KVK-nummer").noneMatch((header) -> header.startsWith("q6"));
		String q2 = headers.stream().filter((header) -> header.startsWith("q2:")).findFirst().orElseThrow();
		assertThat(rows.stream().map((row) -> row.get(q2))).containsExactlyInAnyOrder("8", "8", "8", "7", "7", "9",
				"10", "6");

		MockHttpServletResponse network = export(NETWORK_COORDINATOR, "xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new java.io.ByteArrayInputStream(network.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(11);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("KVK-nummer");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2001-03-14");
		}
		assertThat(export(WOO_TEACHER, "csv").getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse export(Persona persona, String format) throws Exception {
		return this.mvc
			.perform(get("/exports/monitor").param("instrumentKey", "NL-1-METING-V1")
				.param("from", DAY.toString())
				.param("to", DAY.toString())
				.param("format", format)
				.with(GraphQlClient.tokenOf(persona)))
			.andReturn()
			.getResponse();
	}

	@Test
	void theImpactMatrixCountsInRedelijkeOrBelangrijkeMateWithoutNoOpinionInTheBase() {
		Response matrix = results(WOO_COORDINATOR, "NL-IMPACTMATRIX-V1", null, null);
		// q1: two positive of three with an opinion (one DONT_KNOW): 67%. q2: one of two.
		assertThat(question(matrix, 0, "q1")).containsEntry("positivePercent", 67).containsEntry("respondents", 4);
		assertThat(question(matrix, 0, "q2")).containsEntry("positivePercent", 50);
		assertThat(matrix.<List<Map<String, Object>>>path("$.data.monitorResults.groups[0].categories"))
			.containsExactly(
					Map.of("category", "WETEN", "answers", 5, "positive", 3, "percent", 60, "suppressed", false));
		Response ministry = results(MINISTRY_ANALYST, "NL-IMPACTMATRIX-V1", null, null);
		assertThat(question(ministry, 0, "q1")).containsEntry("suppressed", true);
		assertThat(ministry.<Map<String, Object>>path("$.data.monitorResults.groups[0].categories[0]"))
			.containsEntry("suppressed", false);
	}

	@Test
	void theZeroMeasurementComesFromTheIntakeFormPerSectorAsTheSeedsFigures() {
		// Three intakes of sector U (nobody else's): found via social media twice, via an
		// intermediary once; maturity 4, 5 and 9.
		String[][] intakes = { { "SOCIAL_MEDIA", "4" }, { "SOCIAL_MEDIA", "5" }, { "INTERMEDIARY", "9" } };
		for (String[] answers : intakes) {
			Map<String, Object> input = nl.werkplaatsen.support.TestIntakes.valid("werkplaats-online-ondernemen");
			input.put("baseline", Map.of("foundVia", answers[0], "maturity", Integer.parseInt(answers[1]), "obstacles",
					List.of("LACK_OF_TIME"), "expectation", "KNOWLEDGE_AND_SKILLS"));
			input.put("organisationDetails", Map.of("sbiSection", "U"));
			nl.werkplaatsen.support.TestIntakes.submit(this.graphQl, input);
		}
		String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
		Map<String, Object> variables = new java.util.HashMap<>(
				Map.of("key", "NL-0-METING-V1", "from", today, "to", today, "groupBy", "SECTOR"));
		Response bySector = this.graphQl.execute(WOO_COORDINATOR,
				"""
						query($key: String!, $from: Date!, $to: Date!, $groupBy: MonitorGroupBy) {
						  monitorResults(instrumentKey: $key, period: { from: $from, to: $to }, groupBy: $groupBy) {
						    groups { sector questions { question respondents mean distribution { value count percent } } } } }""",
				variables);
		List<Map<String, Object>> sectorU = bySector
			.path("$.data.monitorResults.groups[?(@.sector == 'U')].questions[*]");
		Map<String, Object> foundVia = sectorU.stream()
			.filter((question) -> question.get("question").equals("q1"))
			.findFirst()
			.orElseThrow();
		assertThat(foundVia).containsEntry("respondents", 3);
		assertThat(distribution(foundVia)).containsEntry("SOCIAL_MEDIA", List.of(2, 67))
			.containsEntry("INTERMEDIARY", List.of(1, 33))
			.containsEntry("PROVINCE", List.of(0, 0));
		assertThat(
				sectorU.stream().filter((question) -> question.get("question").equals("q3")).findFirst().orElseThrow())
			.containsEntry("mean", 6.0);
		assertThat(sectorU).extracting((question) -> question.get("question")).doesNotContain("q2");
	}

	private Response results(nl.werkplaatsen.support.Persona persona, String key, String groupBy, List<String> ids) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("key", key);
		variables.put("from", "2001-01-01");
		variables.put("to", "2001-12-31");
		variables.put("groupBy", groupBy);
		variables.put("ids", ids);
		return this.graphQl.execute(persona, RESULTS, variables);
	}

	private static Map<String, Object> question(Response response, int group, String key) {
		return response
			.<List<Map<String, Object>>>path(
					"$.data.monitorResults.groups[" + group + "].questions[?(@.question == '" + key + "')]")
			.getFirst();
	}

	private static Map<String, Object> groupOf(Response response, String slug) {
		return response
			.<List<Map<String, Object>>>path("$.data.monitorResults.groups[?(@.werkplaats.slug == '" + slug
					+ "')].questions[?(@.question == 'q2')]")
			.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<Integer>> distribution(Map<String, Object> question) {
		return ((List<Map<String, Object>>) question.get("distribution")).stream()
			.collect(java.util.stream.Collectors.toMap((option) -> (String) option.get("value"),
					(option) -> List.of((Integer) option.get("count"), (Integer) option.get("percent"))));
	}

	private static UUID werkplaats(String slug) {
		try (Connection owner = TestPostgres.database().connectAsOwner();
				PreparedStatement query = owner.prepareStatement("select id from werkplaats where slug = ?")) {
			query.setString(1, slug);
			try (var rows = query.executeQuery()) {
				rows.next();
				return rows.getObject(1, UUID.class);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void response(String slug, String key, String instrument, Map<String, String> answers)
			throws Exception {
		UUID werkplaats = werkplaats(slug);
		UUID response = UUID.randomUUID();
		try (Connection owner = TestPostgres.database().connectAsOwner()) {
			try (PreparedStatement insert = owner.prepareStatement("""
					insert into monitor_response (id, werkplaats_id, instrument, version_key, national_key, channel,
					  answered_on) values (?, ?, ?, ?, ?, 'PAPER', ?)""")) {
				insert.setObject(1, response);
				insert.setObject(2, werkplaats);
				insert.setString(3, instrument);
				insert.setString(4, key);
				insert.setString(5, key);
				insert.setObject(6, DAY);
				insert.executeUpdate();
			}
			for (Map.Entry<String, String> answer : answers.entrySet()) {
				try (PreparedStatement insert = owner.prepareStatement(
						"""
								insert into monitor_answer (id, werkplaats_id, response_id, question_key, national, answer_values)
								values (gen_random_uuid(), ?, ?, ?, true, array[?]::varchar[])""")) {
					insert.setObject(1, werkplaats);
					insert.setObject(2, response);
					insert.setString(3, answer.getKey());
					insert.setString(4, answer.getValue());
					insert.executeUpdate();
				}
			}
		}
	}

}
