package nl.werkplaatsen.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * List queries send as many SQL statements for a page of 100 as for a page of 10 (no
 * N+1), in one transaction.
 */
@PlatformTest
class ListStatementCountTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void werkplaatsenWithBrandingAndPartners() {
		String query = "{ werkplaatsen(first: %d) { totalCount nodes { slug branding { displayName } region { provinces } "
				+ "partners { name role } } } }";

		long small = count(query.formatted(10), ANONYMOUS);
		long large = count(query.formatted(100), ANONYMOUS);

		assertThat(large).isEqualTo(small);
	}

	@Test
	void werkplaatsenWithTheirFrontendClientsForANetworkCoordinator() {
		String query = "{ werkplaatsen(first: %d) { nodes { slug frontendClients { clientId kind enabled } } } }";

		assertThat(count(query.formatted(10), NETWORK_COORDINATOR))
			.isEqualTo(count(query.formatted(100), NETWORK_COORDINATOR));
	}

	@Test
	void werkplaatsenWithTheirMenus() {
		String query = "{ werkplaatsen(first: %d) { nodes { slug offers(first: 5, includeDrafts: true) "
				+ "{ totalCount nodes { title status } } } } }";

		assertThat(count(query.formatted(10), WOO_COORDINATOR)).isEqualTo(count(query.formatted(100), WOO_COORDINATOR));
		assertThat(count(query.formatted(10), ANONYMOUS)).isEqualTo(count(query.formatted(100), ANONYMOUS));
	}

	@Test
	void offersOfAWerkplaatsWithTheirWerkplaats() {
		String query = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { offers(first: %d, includeDrafts: true) "
				+ "{ totalCount nodes { title themes targetGroup { sizeClasses } werkplaats { slug } } } } }";

		assertThat(count(query.formatted(10), WOO_COORDINATOR)).isEqualTo(count(query.formatted(100), WOO_COORDINATOR));
		assertThat(count(query.formatted(1), ANONYMOUS)).isEqualTo(count(query.formatted(100), ANONYMOUS));
	}

	@Test
	void organisationsWithTheirNotesAndWhoWroteThem() {
		// Notes on organisations at the head of the register's order, so both pages have
		// notes to load.
		for (int i = 0; i < 2; i++) {
			java.util.Map<String, Object> input = nl.werkplaatsen.support.TestIntakes
				.valid("werkplaats-online-ondernemen");
			input.put("organisationName", "AAA Notitiebedrijf " + input.get("kvkNumber"));
			String organisation = this.graphQl.execute(WOO_COORDINATOR,
					"""
							mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { organisation { id } } } }""",
					java.util.Map.of("input", input))
				.path("$.data.intakeSubmit.intake.organisation.id");
			this.graphQl.execute(WOO_COORDINATOR,
					"""
							mutation($input: OrganisationNoteAddInput!) { organisationNoteAdd(input: $input) { userErrors { code } } }""",
					java.util.Map.of("input",
							java.util.Map.of("organisationId", organisation, "body", "Belt liever.")));
		}
		nl.werkplaatsen.support.TestMail.awaitEventListeners();
		String query = "{ organisations(first: %d) { nodes { name notes(first: 2) { totalCount nodes { body authorName "
				+ "werkplaats { slug } } } } } }";

		assertThat(count(query.formatted(10), NETWORK_COORDINATOR))
			.isEqualTo(count(query.formatted(100), NETWORK_COORDINATOR));
	}

	@Test
	void theTotalCountIsCountedOnlyWhenAskedFor() {
		String withCount = "{ organisations(first: 10) { totalCount nodes { name } } }";
		String without = "{ organisations(first: 10) { nodes { name } } }";

		long counted = count(withCount, NETWORK_COORDINATOR);
		List<String> statements = this.statements
			.record(() -> assertThat(this.graphQl.execute(NETWORK_COORDINATOR, without).errors()).isEmpty());

		assertThat(statements).hasSize((int) counted - 1).noneMatch((sql) -> sql.contains("count("));
	}

	@Test
	void aTotalCountAskedForThroughAFragmentOrAnAliasIsCounted() {
		String inline = "{ organisations(first: 10) { ... on OrganisationConnection { totalCount } nodes { name } } }";
		String named = "query { organisations(first: 10) { ...Counted nodes { name } } } "
				+ "fragment Counted on OrganisationConnection { total: totalCount }";

		GraphQlClient.Response throughInline = this.graphQl.execute(NETWORK_COORDINATOR, inline);
		GraphQlClient.Response throughNamed = this.graphQl.execute(NETWORK_COORDINATOR, named);

		assertThat(throughInline.errors()).isEmpty();
		assertThat(throughNamed.errors()).isEmpty();
		Integer counted = throughInline.path("$.data.organisations.totalCount");
		assertThat(counted).isNotNull().isPositive();
		assertThat(throughNamed.<Integer>path("$.data.organisations.total")).isEqualTo(counted);
	}

	@Test
	void teamOfAWerkplaats() {
		String query = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { team(first: %d) { totalCount nodes { name role } } } }";

		assertThat(count(query.formatted(1), NETWORK_COORDINATOR))
			.isEqualTo(count(query.formatted(100), NETWORK_COORDINATOR));
	}

	@Test
	void intakesWithTheirOrganisationContactAndAssignee() {
		for (int i = 0; i < 12; i++) {
			this.graphQl.execute(TWENTE_COORDINATOR, nl.werkplaatsen.support.TestIntakes.SUBMIT,
					java.util.Map.of("input", nl.werkplaatsen.support.TestIntakes.valid("digitale-werkplaats-twente")));
		}
		nl.werkplaatsen.support.TestMail.awaitEventListeners();
		String query = "{ intakes(first: %d) { totalCount nodes { reference status organisation { kvkNumber name } "
				+ "contact { name } assignee { name } werkplaats { slug } baseline { foundVia } } } }";

		assertThat(count(query.formatted(10), TWENTE_COORDINATOR))
			.isEqualTo(count(query.formatted(100), TWENTE_COORDINATOR));
	}

	@Test
	void trajectenWithOfferOrganisationAndDeliverables() {
		for (int i = 0; i < 12; i++) {
			String reference = this.graphQl
				.execute(TWENTE_COORDINATOR, """
						mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }""",
						java.util.Map.of("input",
								nl.werkplaatsen.support.TestIntakes.valid("digitale-werkplaats-twente")))
				.path("$.data.intakeSubmit.intake.id");
			String offer = this.graphQl
				.execute(TWENTE_COORDINATOR,
						"{ werkplaats(slug: \"digitale-werkplaats-twente\") { offers(first: 1) { nodes { id } } } }")
				.path("$.data.werkplaats.offers.nodes[0].id");
			this.graphQl.execute(TWENTE_COORDINATOR,
					"mutation($input: TrajectCreateInput!) { trajectCreate(input: $input) { traject { id } } }",
					java.util.Map.of("input", java.util.Map.of("intakeId", reference, "offerId", offer)));
		}
		nl.werkplaatsen.support.TestMail.awaitEventListeners();
		String query = "{ trajecten(first: %d) { totalCount nodes { status offer { title } organisation { name } "
				+ "deliverables { title } werkplaats { slug } monitor { status dueOn } } } }";

		assertThat(count(query.formatted(10), TWENTE_COORDINATOR))
			.isEqualTo(count(query.formatted(100), TWENTE_COORDINATOR));
	}

	@Test
	void studentsWithTheirProgrammeAndEventsWithTheirRegistrationCount() {
		String students = "{ students(first: %d) { totalCount nodes { name programme { name institution { name } } } } }";
		String events = "{ events(werkplaatsSlug: \"werkplaats-online-ondernemen\", first: %d) "
				+ "{ totalCount nodes { title full registrationCount werkplaats { slug } } } }";

		assertThat(count(students.formatted(10), WOO_COORDINATOR))
			.isEqualTo(count(students.formatted(100), WOO_COORDINATOR));
		assertThat(count(events.formatted(1), WOO_COORDINATOR))
			.isEqualTo(count(events.formatted(100), WOO_COORDINATOR));
	}

	/**
	 * Lets the emails of the intakes just submitted go out, so their SQL is not counted.
	 */
	private long count(String query, nl.werkplaatsen.support.Persona persona) {
		// Once first, so the caller's resolution is cached, as it is for every request
		// but a caller's first (or the first after their memberships change).
		assertThat(this.graphQl.execute(persona, query).errors()).isEmpty();
		long[] counted = new long[1];
		long transactions = this.statements.transactions(() -> counted[0] = this.statements
			.count(() -> assertThat(this.graphQl.execute(persona, query).errors()).isEmpty()));
		assertThat(transactions).as("transactions of one request").isEqualTo(1);
		return counted[0];
	}

}
