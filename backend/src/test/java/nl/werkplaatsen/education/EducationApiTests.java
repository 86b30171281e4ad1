package nl.werkplaatsen.education;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_STUDENT;
import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class EducationApiTests {

	static final String INSTITUTION = """
			mutation($input: InstitutionCreateInput!) {
			  institutionCreate(input: $input) { institution { id brinCode } userErrors { code field } }
			}""";

	static final String PROGRAMME = """
			mutation($input: ProgrammeCreateInput!) {
			  programmeCreate(input: $input) { programme { id level } userErrors { code field } }
			}""";

	static final String STUDENT = """
			mutation($input: StudentCreateInput!) {
			  studentCreate(input: $input) { student { id name programme { name } } userErrors { code field } }
			}""";

	static final String TEAM = """
			mutation($input: TrajectTeamSetInput!) {
			  trajectTeamSet(input: $input) {
			    traject { team { role hours student { name } member { name } } }
			    userErrors { code field message }
			  }
			}""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void networkCoordinatorsKeepTheRegisterOfInstitutionsWithValidBrinCodes() {
		String brin = brin();

		Response created = this.graphQl.execute(NETWORK_COORDINATOR, INSTITUTION,
				Map.of("input", Map.of("name", "Hanzehogeschool Groningen", "level", "HBO", "brinCode", brin)));
		Response again = this.graphQl.execute(NETWORK_COORDINATOR, INSTITUTION,
				Map.of("input", Map.of("name", "Dubbel", "level", "HBO", "brinCode", brin)));
		Response invalid = this.graphQl.execute(NETWORK_COORDINATOR, INSTITUTION,
				Map.of("input", Map.of("name", "Fout", "level", "MBO", "brinCode", "ABCD")));
		Response coordinator = this.graphQl.execute(WOO_COORDINATOR, INSTITUTION,
				Map.of("input", Map.of("name", "Eigen school", "level", "MBO", "brinCode", brin())));

		assertThat(created.userErrorCodes("institutionCreate")).isEmpty();
		assertThat(again.userErrorCodes("institutionCreate")).containsExactly("TAKEN");
		assertThat(invalid.userErrorCodes("institutionCreate")).containsExactly("INVALID_FORMAT");
		assertThat(coordinator.classifications()).containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(ANONYMOUS, "{ institutions { brinCode programmes { name } } }")
			.<List<String>>path("$.data.institutions[*].brinCode")).contains(brin);
	}

	@Test
	void studentsStayWithTheirWerkplaatsAndSeeOnlyTheTrajectenTheyAreOn() {
		String marketing = programme("Commerciële Economie", "MARKETING");
		String student = student(WOO_COORDINATOR, "Noor Visser", marketing,
				Map.of("teamMemberId", teamMemberId(WOO_COORDINATOR, "werkplaats-online-ondernemen", "STUDENT")));
		String teacher = teamMemberId(WOO_COORDINATOR, "werkplaats-online-ondernemen", "TEACHER");
		String onIt = traject();
		String notOnIt = traject();

		Response team = this.graphQl.execute(WOO_COORDINATOR, TEAM,
				Map.of("input",
						Map.of("trajectId", onIt, "members",
								List.of(Map.of("role", "STUDENT", "studentId", student, "hours", 12.5),
										Map.of("role", "TEACHER", "teamMemberId", teacher)))));

		assertThat(team.userErrorCodes("trajectTeamSet")).isEmpty();
		assertThat(team.<List<String>>path("$.data.trajectTeamSet.traject.team[*].role")).containsExactly("STUDENT",
				"TEACHER");
		assertThat(this.graphQl.execute(WOO_STUDENT, "{ trajecten(first: 100) { nodes { id } } }")
			.<List<String>>path("$.data.trajecten.nodes[*].id")).contains(onIt).doesNotContain(notOnIt);
		assertThat(node(WOO_STUDENT, onIt)).isNotNull();
		assertThat(node(WOO_STUDENT, notOnIt)).isNull();
		assertThat(this.graphQl.execute(TWENTE_COORDINATOR, "{ students(first: 100) { nodes { id } } }")
			.<List<String>>path("$.data.students.nodes[*].id")).doesNotContain(student);
		assertThat(node(TWENTE_COORDINATOR, student)).isNull();
	}

	@Test
	void teachersAndExpertsHaveAProfileTheTeamSees() {
		String expert = teamMemberId(WOO_COORDINATOR, "werkplaats-online-ondernemen", "EXPERT");
		String student = teamMemberId(WOO_COORDINATOR, "werkplaats-online-ondernemen", "STUDENT");
		String set = """
				mutation($input: CoachProfileSetInput!) {
				  coachProfileSet(input: $input) { coachProfile { expertCompany expertise } userErrors { code field } }
				}""";

		Response profiled = this.graphQl.execute(WOO_COORDINATOR, set, Map.of("input", Map.of("teamMemberId", expert,
				"expertCompany", "Datalab Noord", "expertise", "Dashboards en Power BI")));
		Response notACoach = this.graphQl.execute(WOO_COORDINATOR, set,
				Map.of("input", Map.of("teamMemberId", student, "expertCompany", "Nee")));
		Response otherTeam = this.graphQl.execute(TWENTE_COORDINATOR, set,
				Map.of("input", Map.of("teamMemberId", expert, "expertCompany", "Gekaapt")));

		assertThat(profiled.userErrorCodes("coachProfileSet")).isEmpty();
		assertThat(notACoach.userErrorCodes("coachProfileSet")).containsExactly("NOT_FOUND");
		assertThat(otherTeam.userErrorCodes("coachProfileSet")).containsExactly("NOT_FOUND");
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR,
					"{ werkplaats(slug: \"werkplaats-online-ondernemen\") "
							+ "{ team(first: 100) { nodes { role coachProfile { expertCompany } } } } }")
			.<List<String>>path("$.data.werkplaats.team.nodes[?(@.role == 'EXPERT')].coachProfile.expertCompany"))
			.containsExactly("Datalab Noord");
	}

	@Test
	void theAcademicCalendarGivesEachPeriodItsDatesAndTrajectenTakeTheirPeriodFromThePlannedStart() {
		List<String> periods = this.graphQl
			.execute(ANONYMOUS, "{ academicCalendar(academicYear: \"2026-2027\") { period startsOn endsOn } }")
			.path("$.data.academicCalendar[*].period");
		assertThat(periods).containsExactly("PERIOD_1", "PERIOD_2", "PERIOD_3", "PERIOD_4", "SUMMER");

		String reference = TestIntakes.submit(this.graphQl, TestIntakes.valid("werkplaats-online-ondernemen"));
		String intake = this.graphQl
			.execute(WOO_COORDINATOR, "query($f: IntakeFilter) { intakes(filter: $f) { nodes { id } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0].id");
		String offer = this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { offerSuggestions(first: 1) "
							+ "{ offer { id } } } } }",
					Map.of("id", intake))
			.path("$.data.node.offerSuggestions[0].offer.id");
		String period = this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { traject { academicPeriod } } }",
				Map.of("input", Map.of("intakeId", intake, "offerId", offer, "plannedStart", "2027-03-01")))
			.path("$.data.trajectCreate.traject.academicPeriod");
		assertThat(period).isEqualTo("PERIOD_3");
	}

	@Test
	void aWerkplaatsWorksWithTheStudentsOfItsPartnerInstitutionsOnly() {
		String elsewhere = this.graphQl
			.execute(NETWORK_COORDINATOR, INSTITUTION,
					Map.of("input", Map.of("name", "Hogeschool Elders", "level", "HBO", "brinCode", brin())))
			.path("$.data.institutionCreate.institution.id");
		String programme = this.graphQl
			.execute(NETWORK_COORDINATOR, PROGRAMME,
					Map.of("input", Map.of("institutionId", elsewhere, "name", "Marketing", "discipline", "MARKETING")))
			.path("$.data.programmeCreate.programme.id");

		Response refused = this.graphQl.execute(WOO_COORDINATOR, STUDENT,
				Map.of("input", Map.of("name", "Eline Elders", "programmeId", programme, "studyYear", 2)));

		assertThat(refused.userErrorCodes("studentCreate")).containsExactly("INVALID_STATE");
	}

	@Test
	void aStudentTakesNoMoreTrajectenThanTheirLoad() {
		String student = student(WOO_COORDINATOR, "Daan de Jong", programme("HBO-ICT", "ICT"),
				Map.of("maxConcurrentTrajecten", 1));
		this.graphQl.execute(WOO_COORDINATOR, TEAM, Map.of("input",
				Map.of("trajectId", traject(), "members", List.of(Map.of("role", "STUDENT", "studentId", student)))));

		Response second = this.graphQl.execute(WOO_COORDINATOR, TEAM, Map.of("input",
				Map.of("trajectId", traject(), "members", List.of(Map.of("role", "STUDENT", "studentId", student)))));

		assertThat(second.userErrorCodes("trajectTeamSet")).containsExactly("INVALID_STATE");
	}

	@Test
	void studentSuggestionsPreferFittingAvailableStudentsWithReasons() {
		String fitting = student(WOO_COORDINATOR, "Sara Marketing", programme("Communicatie", "MARKETING"),
				Map.of("themes", List.of("ONLINE_MARKETING_AND_SALES"), "availablePeriods", List.of("PERIOD_3")));
		String away = student(WOO_COORDINATOR, "Bram Weg", programme("Technische Informatica", "ICT"),
				Map.of("availablePeriods", List.of("PERIOD_1")));
		String intake = triagedIntake();

		List<Map<String, Object>> suggestions = this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { studentSuggestions(first: 100) "
							+ "{ score reasons student { id } } } } }",
					Map.of("id", intake))
			.path("$.data.node.studentSuggestions");

		Map<String, Object> best = find(suggestions, fitting);
		Map<String, Object> worst = find(suggestions, away);
		assertThat((Integer) best.get("score")).isGreaterThan((Integer) worst.get("score"));
		assertThat((List<String>) best.get("reasons"))
			.anySatisfy((reason) -> assertThat(reason).isEqualTo("hbo-student communicatie beschikbaar in periode 3"));
		assertThat((List<String>) worst.get("reasons"))
			.anySatisfy((reason) -> assertThat(reason).contains("niet beschikbaar in periode 3"));
	}

	private static Map<String, Object> find(List<Map<String, Object>> suggestions, String studentId) {
		return suggestions.stream()
			.filter((suggestion) -> ((Map<?, ?>) suggestion.get("student")).get("id").equals(studentId))
			.findFirst()
			.orElseThrow();
	}

	private String triagedIntake() {
		String reference = TestIntakes.submit(this.graphQl, TestIntakes.valid("werkplaats-online-ondernemen"));
		String id = this.graphQl
			.execute(WOO_COORDINATOR, "query($f: IntakeFilter) { intakes(filter: $f) { nodes { id } } }",
					Map.of("f", Map.of("search", reference)))
			.path("$.data.intakes.nodes[0].id");
		this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: IntakeTriageInput!) { intakeTriage(input: $input) { userErrors { code } } }",
				Map.of("input",
						Map.of("id", id, "themes", List.of("ONLINE_MARKETING_AND_SALES"), "wantedPeriod", "PERIOD_3")));
		return id;
	}

	private String traject() {
		String intake = triagedIntake();
		String offer = this.graphQl
			.execute(WOO_COORDINATOR,
					"query($id: ID!) { node(id: $id) { ... on Intake { offerSuggestions(first: 1) "
							+ "{ offer { id } } } } }",
					Map.of("id", intake))
			.path("$.data.node.offerSuggestions[0].offer.id");
		return this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { traject { id } } }",
					Map.of("input", Map.of("intakeId", intake, "offerId", offer)))
			.path("$.data.trajectCreate.traject.id");
	}

	private String programme(String name, String discipline) {
		String institution = this.graphQl.execute(NETWORK_COORDINATOR, INSTITUTION,
				// A partner of Werkplaats Online Ondernemen, so its students may work
				// there.
				Map.of("input", Map.of("name", "Hanzehogeschool Groningen", "level", "HBO", "brinCode", brin())))
			.path("$.data.institutionCreate.institution.id");
		return this.graphQl
			.execute(NETWORK_COORDINATOR, PROGRAMME,
					Map.of("input", Map.of("institutionId", institution, "name", name, "discipline", discipline)))
			.path("$.data.programmeCreate.programme.id");
	}

	private String student(Persona staff, String name, String programme, Map<String, Object> extra) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("name", name, "programmeId", programme, "studyYear", 3));
		input.putAll(extra);
		Response response = this.graphQl.execute(staff, STUDENT, Map.of("input", input));
		assertThat(response.userErrorCodes("studentCreate")).isEmpty();
		return response.path("$.data.studentCreate.student.id");
	}

	private String teamMemberId(Persona staff, String slug, String role) {
		List<String> ids = this.graphQl
			.execute(staff, "{ werkplaats(slug: \"" + slug + "\") { team(first: 100) { nodes { id role } } } }")
			.path("$.data.werkplaats.team.nodes[?(@.role == '" + role + "')].id");
		return ids.getFirst();
	}

	private Map<String, Object> node(Persona persona, String id) {
		return this.graphQl.execute(persona, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id))
			.path("$.data.node");
	}

	private static String brin() {
		return String.format("%02d", ThreadLocalRandom.current().nextInt(100))
				+ (char) ('A' + ThreadLocalRandom.current().nextInt(26))
				+ (char) ('A' + ThreadLocalRandom.current().nextInt(26));
	}

}
