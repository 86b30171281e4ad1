package nl.werkplaatsen.monitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor's instruments: the national versions exactly as the seeds give them, and a
 * werkplaats's own questions as a version of its own that no other werkplaats sees.
 */
@PlatformTest
class MonitorInstrumentTests {

	static final String INSTRUMENTS = """
			query($all: Boolean) { monitorInstruments(includeSucceeded: $all) { key instrument version national
			  nationalKey succeeded questions { key text kind required group category national
			  options { value label takesText } } } }""";

	static final String SET = """
			mutation($input: MonitorOwnQuestionsSetInput!) { monitorOwnQuestionsSet(input: $input) {
			  instrument { key version questions { key national } } userErrors { code field message } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void theNationalInstrumentsAreTheSeedsQuestionsWithStableKeys() {
		Response response = this.graphQl.execute(ANONYMOUS, INSTRUMENTS, Map.of());
		assertThat(response.<List<String>>path("$.data.monitorInstruments[?(@.national == true)].key"))
			.containsExactly("NL-0-METING-V1", "NL-1-METING-V1", "NL-IMPACTMATRIX-V1");

		String one = "$.data.monitorInstruments[?(@.key == 'NL-1-METING-V1')].questions[*]";
		assertThat(response.<List<String>>path(one + ".key")).containsExactly("q1a", "q1b", "q1c", "q1d", "q1e", "q1f",
				"q1g", "q2", "q3", "q4", "q5", "q6");
		assertThat(response.<List<String>>path(one + ".kind")).containsExactly("SINGLE_CHOICE", "SINGLE_CHOICE",
				"SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "SCALE", "OPEN",
				"SCALE", "MULTIPLE_CHOICE", "OPEN");
		List<Map<String, Object>> questions = response
			.path("$.data.monitorInstruments[?(@.key == 'NL-1-METING-V1')].questions[*]");
		assertThat(questions.getFirst())
			.containsEntry("text", "Ik heb meer inzicht gekregen in de kansen van digitalisering voor mijn bedrijf")
			.containsEntry("group", "Wat heeft de activiteit binnen de werkplaats u en/of uw bedrijf opgeleverd:");
		assertThat(options(questions.getFirst(), "value")).containsExactly("STRONGLY_AGREE", "AGREE", "NEUTRAL",
				"DISAGREE", "STRONGLY_DISAGREE");
		assertThat(options(questions.getFirst(), "label")).containsExactly("Helemaal eens", "Eens", "Neutraal",
				"Oneens", "Helemaal oneens");
		assertThat(options(questions.get(7), "value")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
				"10");
		assertThat(options(questions.get(10), "value")).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i",
				"j");
		assertThat(options(questions.get(10), "takesText")).containsExactly(false, false, false, false, false, false,
				false, true, false, false);
		assertThat(options(questions.get(10), "label")).contains("Anders, namelijk:", "Weet ik niet");

		String matrix = "$.data.monitorInstruments[?(@.key == 'NL-IMPACTMATRIX-V1')].questions[*]";
		assertThat(response.<List<String>>path(matrix + ".category")).containsExactly("WETEN", "WETEN", "WILLEN",
				"WILLEN", "WILLEN", "KUNNEN", "KUNNEN", "KUNNEN", "KUNNEN", "KUNNEN");
		assertThat(options(response.<List<Map<String, Object>>>path(matrix).getFirst(), "label")).containsExactly(
				"Niet", "In geringe mate", "In redelijke mate", "In belangrijke mate", "Weet niet",
				"Niet van toepassing");
		assertThat(
				response.<List<String>>path("$.data.monitorInstruments[?(@.key == 'NL-0-METING-V1')].questions[*].key"))
			.containsExactly("q1", "q2", "q3", "q4", "q5");
	}

	@Test
	void aWerkplaatsAppendsItsOwnQuestionsAsAVersionNoOtherWerkplaatsSees() throws Exception {
		Map<String, Object> own = Map.of("key", "w_vervolg", "text", "Wilt u een vervolgafspraak?", "kind",
				"SINGLE_CHOICE", "required", true, "options",
				List.of(Map.of("value", "JA", "label", "Ja"), Map.of("value", "NEE", "label", "Nee")));
		Response wrong = this.graphQl.execute(TWENTE_COORDINATOR, SET,
				Map.of("input",
						Map.of("instrument", "ONE_MEASUREMENT", "questions", List.of(
								Map.of("key", "q2", "text", "Opnieuw?", "kind", "OPEN"),
								Map.of("key", "Fout!", "text", "", "kind", "SINGLE_CHOICE", "options", List.of())))));
		assertThat(wrong.<List<String>>path("$.data.monitorOwnQuestionsSet.userErrors[*].code"))
			.containsExactlyInAnyOrder("CONFLICT", "INVALID_FORMAT", "REQUIRED", "OUT_OF_RANGE");
		assertThat(this.graphQl
			.execute(WOO_TEACHER, SET,
					Map.of("input", Map.of("instrument", "ONE_MEASUREMENT", "questions", List.of(own))))
			.classifications()).containsExactly("FORBIDDEN");

		Response first = this.graphQl.execute(TWENTE_COORDINATOR, SET,
				Map.of("input", Map.of("instrument", "ONE_MEASUREMENT", "questions", List.of(own))));
		String firstKey = first.path("$.data.monitorOwnQuestionsSet.instrument.key");
		assertThat(firstKey).startsWith("NL-1-METING-V1+DIGITALE-WERKPLAATS-TWENTE-V");
		assertThat(first.<List<String>>path("$.data.monitorOwnQuestionsSet.instrument.questions[*].key")).hasSize(13)
			.endsWith("q6", "w_vervolg");
		assertThat(first.<List<Boolean>>path("$.data.monitorOwnQuestionsSet.instrument.questions[*].national"))
			.endsWith(true, false);

		Response second = this.graphQl.execute(TWENTE_COORDINATOR, SET,
				Map.of("input", Map.of("instrument", "ONE_MEASUREMENT", "questions",
						List.of(own, Map.of("key", "w_toelichting", "text", "Toelichting", "kind", "OPEN")))));
		String secondKey = second.path("$.data.monitorOwnQuestionsSet.instrument.key");
		assertThat(secondKey).isNotEqualTo(firstKey);
		Response twente = this.graphQl.execute(TWENTE_COORDINATOR, INSTRUMENTS, Map.of("all", true));
		assertThat(twente.<List<Boolean>>path("$.data.monitorInstruments[?(@.key == '" + firstKey + "')].succeeded"))
			.containsExactly(true);
		assertThat(twente.<List<String>>path("$.data.monitorInstruments[?(@.succeeded == false)].key"))
			.contains(secondKey, "NL-1-METING-V1");

		// Another werkplaats sees only the national versions, through the API and in SQL.
		assertThat(this.graphQl.execute(WOO_COORDINATOR, INSTRUMENTS, Map.of("all", true))
			.<List<String>>path("$.data.monitorInstruments[*].key")).noneMatch((key) -> key.contains("TWENTE"));
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, INSTRUMENTS, Map.of())
			.<List<String>>path("$.data.monitorInstruments[*].key")).contains(secondKey);
		try (Connection woo = TestPostgres.database().connectAsAppActingFor("werkplaats-online-ondernemen");
				ResultSet rows = woo.createStatement()
					.executeQuery("select count(*) from monitor_own_version v join monitor_own_question q"
							+ " on q.own_version_id = v.id where v.key like '%TWENTE%'")) {
			rows.next();
			assertThat(rows.getLong(1)).isZero();
			assertThat(woo.createStatement()
				.executeUpdate("update monitor_own_version set succeeded_at = now() where key like '%TWENTE%'"))
				.isZero();
			woo.rollback();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> options(Map<String, Object> question, String field) {
		return ((List<Map<String, Object>>) question.get("options")).stream()
			.map((option) -> option.get(field))
			.toList();
	}

}
