package nl.werkplaatsen.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
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

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.kpi.KpiFixture.event;
import static nl.werkplaatsen.kpi.KpiFixture.intake;
import static nl.werkplaatsen.kpi.KpiFixture.kvk;
import static nl.werkplaatsen.kpi.KpiFixture.oneMeasurement;
import static nl.werkplaatsen.kpi.KpiFixture.organisation;
import static nl.werkplaatsen.kpi.KpiFixture.reach;
import static nl.werkplaatsen.kpi.KpiFixture.registration;
import static nl.werkplaatsen.kpi.KpiFixture.student;
import static nl.werkplaatsen.kpi.KpiFixture.traject;
import static nl.werkplaatsen.kpi.KpiFixture.trajectOn;
import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_FRONTEND;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static nl.werkplaatsen.support.Persona.WOO_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The national KPIs on a first quarter nobody else uses (2020) at two werkplaatsen, with
 * each definition's edges: a student on two trajecten and at two werkplaatsen, an
 * organisation at two werkplaatsen, a traject started just before the period, attendance
 * of no one known, a reach record across the period's start, a referred traject, a
 * satisfaction on each class boundary; who may count what, and the ministry's path that
 * reads aggregates only.
 */
@PlatformTest
class KpiTests {

	static final String KPIS = """
			query($from: Date!, $to: Date!, $ids: [ID!]) {
			  kpis(period: { from: $from, to: $to }, werkplaatsIds: $ids) {
			    period { from to }
			    national { ...figures }
			    sumOfWerkplaatsen { ...figures }
			    werkplaatsen { werkplaats { slug } figures { ...figures }
			      ambition { year bereik trainingen trajecten studenten }
			      realisation { bereik trainingen trajecten studenten } } } }
			fragment figures on KpiFigures {
			  bereik trainingen trajecten studenten contacten organisaties verwijzingenGemaakt verwijzingenGeaccepteerd
			  monitor { respondents suppressed
			    satisfaction { zeerTevreden { count percent } tevreden { count percent } neutraal { count percent }
			      ontevreden { count percent } }
			    continuing { count percent } steps { option count percent } } }""";

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	static final LocalDate TO = LocalDate.of(2020, 3, 31);

	static final String WOO = "werkplaats-online-ondernemen";

	static final String TWENTE = "digitale-werkplaats-twente";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	MockMvc mvc;

	// The platform (and its migrations) first: hence the parameter.
	@BeforeAll
	static void aFirstQuarterAtTwoWerkplaatsen(@Autowired GraphQlClient platform) {
		UUID woo = KpiFixture.werkplaats(WOO);
		UUID twente = KpiFixture.werkplaats(TWENTE);
		String kvkA = kvk();
		String kvkB = kvk();
		String kvkC = kvk();
		String kvkE = kvk();
		UUID a = organisation(kvkA);
		UUID b = organisation(kvkB);
		UUID c = organisation(kvkC);
		UUID e = organisation(kvkE);

		// Werkplaats Online Ondernemen: two trajecten for A, one student on both; a
		// traject for E started the day before the period; an intake from B.
		UUID first = traject(woo, a, LocalDate.of(2020, 2, 1));
		student(woo, first, "s1@student.example.org");
		student(woo, first, "s2@student.example.org");
		UUID second = traject(woo, a, LocalDate.of(2020, 3, 31));
		student(woo, second, "S1@student.example.org");
		UUID before = traject(woo, e, LocalDate.of(2019, 12, 31));
		student(woo, before, "s9@student.example.org");
		traject(woo, e, null);
		intake(woo, b, LocalDate.of(2020, 1, 10));
		// A training: A and C attended, someone without a KVK number attended, D did
		// not come, one never said; four more came without registering.
		UUID training = event(woo, LocalDate.of(2020, 2, 10), 4);
		registration(woo, training, kvkA, true);
		registration(woo, training, kvkC, true);
		registration(woo, training, null, true);
		registration(woo, training, kvk(), false);
		registration(woo, training, kvk(), null);
		UUID later = event(woo, LocalDate.of(2020, 4, 1), 9);
		registration(woo, later, kvk(), true);
		// Reach: one record starts in the period (and ends after it), one before.
		reach(woo, LocalDate.of(2020, 3, 25), LocalDate.of(2020, 4, 10), 100);
		reach(woo, LocalDate.of(2019, 12, 20), LocalDate.of(2020, 1, 5), 50);
		KpiFixture.ambition(woo, 2020, 216, 0, 3, 4);

		// C's intake at Werkplaats Online Ondernemen, referred to Twente, accepted there
		// into Twente's own intake and traject; one more referral declined.
		UUID referred = intake(woo, c, LocalDate.of(2019, 12, 1));
		UUID received = intake(twente, c, LocalDate.of(2020, 1, 5));
		KpiFixture.referral(woo, twente, referred, c, LocalDate.of(2020, 1, 4), received);
		KpiFixture.referral(woo, twente, intake(woo, e, LocalDate.of(2019, 11, 1)), e, LocalDate.of(2020, 1, 6), null);
		UUID twentes = trajectOn(twente, c, received, LocalDate.of(2020, 1, 20));
		student(twente, twentes, "s1@student.example.org");
		student(twente, twentes, "s3@student.example.org");

		// 1-metingen: six at Werkplaats Online Ondernemen on every class boundary, two at
		// Twente, one answered the day after the period.
		oneMeasurement(woo, LocalDate.of(2020, 1, 15), 10, "a");
		oneMeasurement(woo, LocalDate.of(2020, 1, 15), 9, "i");
		oneMeasurement(woo, LocalDate.of(2020, 2, 15), 8, "b", "g");
		oneMeasurement(woo, LocalDate.of(2020, 2, 15), 7, "j");
		oneMeasurement(woo, LocalDate.of(2020, 3, 15), 6, "h");
		oneMeasurement(woo, LocalDate.of(2020, 3, 31), 5);
		oneMeasurement(woo, LocalDate.of(2020, 4, 1), 1, "a");
		oneMeasurement(twente, LocalDate.of(2020, 2, 1), 9, "d");
		oneMeasurement(twente, LocalDate.of(2020, 2, 2), 1, "i");
	}

	@Test
	void eachDefinitionCountsItsEdgesPerWerkplaatsAndOnceNationally() {
		Response response = kpis(NETWORK_COORDINATOR, both());
		assertThat(response.errors()).isEmpty();
		Map<String, Object> woo = figures(response, WOO);
		// Trajecten started on the period's days, whatever their status; the student on
		// both counts once (whatever the email's case); the traject of 31 December not.
		assertThat(woo).containsEntry("trajecten", 2).containsEntry("studenten", 2);
		// Attended registrations (3) and attendance without registration (4).
		assertThat(woo).containsEntry("trainingen", 7).containsEntry("contacten", 9);
		// A (traject, training), B (intake), C (training); E's traject started before.
		assertThat(woo).containsEntry("organisaties", 3);
		// The record starting in the period, the three organisations, and the five
		// participations naming no organisation.
		assertThat(woo).containsEntry("bereik", 100 + 3 + 5);
		assertThat(woo).containsEntry("verwijzingenGemaakt", 2).containsEntry("verwijzingenGeaccepteerd", 1);

		// The referred traject counts for Twente, which runs it.
		Map<String, Object> twente = figures(response, TWENTE);
		assertThat(twente).containsEntry("trajecten", 1)
			.containsEntry("studenten", 2)
			.containsEntry("organisaties", 1)
			.containsEntry("bereik", 1)
			.containsEntry("verwijzingenGemaakt", 0);

		// Nationally C and the first student count once.
		Map<String, Object> national = response.path("$.data.kpis.national");
		assertThat(national).containsEntry("trajecten", 3)
			.containsEntry("studenten", 3)
			.containsEntry("organisaties", 3)
			.containsEntry("bereik", 108)
			.containsEntry("trainingen", 7);
		Map<String, Object> sum = response.path("$.data.kpis.sumOfWerkplaatsen");
		assertThat(sum).containsEntry("studenten", 4).containsEntry("organisaties", 4).containsEntry("bereik", 109);
	}

	@Test
	void satisfactionAndContinuationAreSharesOfRespondentsRoundedHalfUp() {
		Response response = kpis(NETWORK_COORDINATOR, both());
		Map<String, Object> monitor = monitor(figures(response, WOO));
		assertThat(monitor).containsEntry("respondents", 6).containsEntry("suppressed", false);
		// 2 of 6 is 33.3%, 1 of 6 is 16.7%: 33 and 17.
		assertThat(monitor.get("satisfaction")).isEqualTo(Map.of("zeerTevreden", share(2, 33), "tevreden", share(2, 33),
				"neutraal", share(1, 17), "ontevreden", share(1, 17)));
		// a, b+g and h go on; i (none) and j (don't know) and nothing do not.
		assertThat(monitor.get("continuing")).isEqualTo(share(3, 50));
		assertThat(steps(monitor)).containsEntry("a", List.of(1, 17))
			.containsEntry("g", List.of(1, 17))
			.containsEntry("c", List.of(0, 0))
			.containsEntry("i", List.of(1, 17));
		assertThat(response.<Integer>path("$.data.kpis.national.monitor.respondents")).isEqualTo(8);
		assertThat(response.<Map<String, Object>>path("$.data.kpis.national.monitor.continuing"))
			.isEqualTo(share(4, 50));
	}

	@Test
	void eachWerkplaatsIsSetAgainstItsAmbitionOfTheYear() {
		Response response = kpis(NETWORK_COORDINATOR, both());
		Map<String, Object> woo = werkplaats(response, WOO);
		assertThat(woo.get("ambition"))
			.isEqualTo(Map.of("year", 2020, "bereik", 216, "trainingen", 0, "trajecten", 3, "studenten", 4));
		// 108 of 216, 2 of 3 (66.7), 2 of 4; no target for trainings.
		Map<String, Object> realisation = new HashMap<>();
		realisation.put("bereik", 50);
		realisation.put("trainingen", null);
		realisation.put("trajecten", 67);
		realisation.put("studenten", 50);
		assertThat(woo.get("realisation")).isEqualTo(realisation);
		assertThat(werkplaats(response, TWENTE).get("ambition")).isNull();
	}

	@Test
	void aWerkplaatsCountsItsOwnAndNoOneElseAsks() {
		Response own = kpis(WOO_COORDINATOR, null);
		assertThat(own.errors()).isEmpty();
		assertThat(own.<List<String>>path("$.data.kpis.werkplaatsen[*].werkplaats.slug")).containsExactly(WOO);
		assertThat(own.<Integer>path("$.data.kpis.national.studenten")).isEqualTo(2);
		assertThat(kpis(WOO_COORDINATOR, List.of(id(TWENTE))).classifications()).containsExactly("FORBIDDEN");
		assertThat(kpis(WOO_COORDINATOR, both()).classifications()).containsExactly("FORBIDDEN");
		for (Persona nobody : List.of(WOO_TEACHER, WOO_STUDENT, WOO_FRONTEND)) {
			assertThat(kpis(nobody, null).classifications()).as(nobody.name()).containsExactly("FORBIDDEN");
		}
		assertThat(kpis(ANONYMOUS, null).classifications()).containsAnyOf("UNAUTHORIZED", "FORBIDDEN");
		assertThat(kpis(ANONYMOUS, null).<Object>path("$.data.kpis")).isNull();
	}

	@Test
	void theMinistrySeesEveryFigureWithSmallMonitorGroupsSuppressed() {
		Response ministry = kpis(MINISTRY_ANALYST, both());
		assertThat(ministry.errors()).isEmpty();
		assertThat(figures(ministry, WOO)).containsEntry("bereik", 108).containsEntry("studenten", 2);
		Map<String, Object> twente = figures(ministry, TWENTE);
		assertThat(twente).containsEntry("trajecten", 1);
		Map<String, Object> suppressed = new HashMap<>();
		suppressed.put("respondents", 2);
		suppressed.put("suppressed", true);
		suppressed.put("satisfaction", null);
		suppressed.put("continuing", null);
		suppressed.put("steps", List.of());
		assertThat(twente.get("monitor")).isEqualTo(suppressed);
		assertThat(monitor(figures(ministry, WOO))).containsEntry("respondents", 6).containsEntry("suppressed", false);
		assertThat(ministry.<Boolean>path("$.data.kpis.national.monitor.suppressed")).isFalse();
		assertThat(ministry.<Integer>path("$.data.kpis.national.monitor.continuing.count")).isEqualTo(4);
	}

	@Test
	void aSeriesStepsThroughThePeriodInAsManyStatementsAsOnePeriodForOneWerkplaats() {
		String series = """
				query($ids: [ID!]) { kpiSeries(period: { from: "2019-12-01", to: "2020-11-30" }, interval: MONTH,
				  werkplaatsIds: $ids) { interval points { period { from to } national { trajecten studenten }
				    werkplaatsen { werkplaats { slug } figures { trajecten } } } } }""";
		Map<String, Object> everyone = new HashMap<>();
		everyone.put("ids", null);
		Response months = this.graphQl.execute(NETWORK_COORDINATOR, series, Map.of("ids", both()));
		assertThat(months.errors()).isEmpty();
		assertThat(months.<List<String>>path("$.data.kpiSeries.points[*].period.from")).hasSize(12)
			.startsWith("2019-12-01", "2020-01-01");
		// December: the traject of the 31st; January: Twente's; February and March: the
		// two.
		assertThat(months.<List<Integer>>path("$.data.kpiSeries.points[*].national.trajecten")).startsWith(1, 1, 1, 1,
				0);

		// Once before counting: a caller is resolved anew after a change to any team (the
		// demo data may still be arriving), which is not the figures' cost.
		kpis(WOO_COORDINATOR, null);
		this.graphQl.execute(NETWORK_COORDINATOR, series, everyone);
		long onePeriodOneWerkplaats = this.statements
			.count(() -> assertThat(kpis(WOO_COORDINATOR, null).errors()).isEmpty());
		long seriesOfAll = this.statements
			.count(() -> assertThat(this.graphQl.execute(NETWORK_COORDINATOR, series, everyone).errors()).isEmpty());
		assertThat(seriesOfAll).isEqualTo(onePeriodOneWerkplaats);
		assertThat(this.graphQl
			.execute(NETWORK_COORDINATOR,
					"{ kpiSeries(period: { from: \"2000-01-01\", to: \"2030-12-31\" }, interval: MONTH) { interval } }")
			.classifications()).containsExactly("BAD_REQUEST");
		assertThat(this.graphQl
			.execute(NETWORK_COORDINATOR,
					"{ kpis(period: { from: \"2020-02-01\", to: \"2020-01-31\" }) { national { bereik } } }")
			.classifications()).containsExactly("BAD_REQUEST");
	}

	@Test
	void theExportsForRvoCarryTheSameNumbersAsCsvAndXlsx() throws Exception {
		MockHttpServletResponse csv = export(MINISTRY_ANALYST, "csv");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"kpis-2020-01-01-2020-03-31.csv\"");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
			.getRecords();
		CSVRecord woo = rows.stream()
			.filter((row) -> row.get("Werkplaats").equals("Werkplaats Online Ondernemen"))
			.findFirst()
			.orElseThrow();
		assertThat(woo.get("Bereik")).isEqualTo("108");
		assertThat(woo.get("Ambitie bereik")).isEqualTo("216");
		assertThat(woo.get("Realisatie bereik (%)")).isEqualTo("50");
		assertThat(woo.get("Realisatie trainingen (%)")).isEmpty();
		assertThat(woo.get("Zeer tevreden (%)")).isEqualTo("33");
		CSVRecord national = rows.getLast();
		assertThat(national.get("Werkplaats")).isEqualTo(KpiExportController.NATIONAL);

		MockHttpServletResponse xlsx = export(NETWORK_COORDINATOR, "xlsx");
		assertThat(xlsx.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.getHeader("Content-Disposition")).contains("kpis-2020-01-01-2020-03-31.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet("KPIs");
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Bereik");
			assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Studenten");
			org.apache.poi.ss.usermodel.Row nationalRow = sheet.getRow(sheet.getLastRowNum());
			assertThat(nationalRow.getCell(0).getStringCellValue()).isEqualTo(KpiExportController.NATIONAL);
			// Each organisation and student once nationally, as numbers.
			assertThat(nationalRow.getCell(16).getNumericCellValue()).isEqualTo(3.0);
			assertThat(nationalRow.getCell(12).getNumericCellValue()).isEqualTo(3.0);
		}
		assertThat(export(WOO_TEACHER, "csv").getStatus()).isEqualTo(403);
		assertThat(export(ANONYMOUS, "csv").getStatus()).isEqualTo(401);
		assertThat(export(NETWORK_COORDINATOR, "pdf").getStatus()).isEqualTo(400);
	}

	private MockHttpServletResponse export(Persona persona, String format) throws Exception {
		var request = get("/exports/kpis").param("from", FROM.toString())
			.param("to", TO.toString())
			.param("format", format);
		if (persona.subject() != null) {
			request.with(GraphQlClient.tokenOf(persona));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void theMinistrysTransactionsReadNoPersonalRowButTheFigures() throws Exception {
		try (Connection app = TestPostgres.database().connectAsApp()) {
			app.setAutoCommit(false);
			try (PreparedStatement session = app.prepareStatement("""
					select set_config('app.werkplaats', '', true), set_config('app.subject', ?, true),
					  set_config('app.national', '', true)""")) {
				session.setString(1, MINISTRY_ANALYST.subject());
				session.execute();
			}
			for (String table : List.of("organisation", "organisation_contact", "intake", "traject", "student",
					"traject_member", "event_registration", "reach_record", "monitor_response", "monitor_answer",
					"referral", "ambition", "membership")) {
				assertThat(count(app, "select count(*) from " + table)).as(table).isZero();
			}
			assertThat(
					count(app, "select trajecten from kpi_figures(array[date '2020-01-01'], array[date '2020-03-31'],"
							+ " array['" + KpiFixture.werkplaats(WOO) + "']::uuid[]) where werkplaats_id is not null"))
				.isEqualTo(2);
			app.rollback();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> monitor(Map<String, Object> figures) {
		return (Map<String, Object>) figures.get("monitor");
	}

	private static long count(Connection connection, String sql) throws Exception {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private Response kpis(Persona persona, List<String> ids) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("from", FROM.toString());
		variables.put("to", TO.toString());
		variables.put("ids", ids);
		return this.graphQl.execute(persona, KPIS, variables);
	}

	private static List<String> both() {
		return List.of(id(WOO), id(TWENTE));
	}

	private static String id(String slug) {
		return GlobalId.encode("Werkplaats", KpiFixture.werkplaats(slug));
	}

	private static Map<String, Object> werkplaats(Response response, String slug) {
		return response
			.<List<Map<String, Object>>>path("$.data.kpis.werkplaatsen[?(@.werkplaats.slug == '" + slug + "')]")
			.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> figures(Response response, String slug) {
		return (Map<String, Object>) werkplaats(response, slug).get("figures");
	}

	private static Map<String, Object> share(int count, int percent) {
		return Map.of("count", count, "percent", percent);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<Integer>> steps(Map<String, Object> monitor) {
		return ((List<Map<String, Object>>) monitor.get("steps")).stream()
			.collect(java.util.stream.Collectors.toMap((step) -> (String) step.get("option"),
					(step) -> List.of((Integer) step.get("count"), (Integer) step.get("percent"))));
	}

}
