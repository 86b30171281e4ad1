package nl.werkplaatsen.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestMail;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list field, with every nested field selected, sends a fixed number of SQL
 * statements however long the page (a page of one and a page of many, which would show an
 * N+1 many times over, stay under the same bound): one to tell the database who acts (the
 * request's one transaction), one for the page, one per relation selected (a field that
 * reads rows of its own, for all items of the page at once), and one per total count
 * asked for. Computed fields that combine several read models (suggestions, next steps)
 * count each of their reads, which are as fixed.
 */
@PlatformTest
class StatementBoundsTests {

	private static final int SETTINGS_AND_PAGE = 2;

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	StatementCounter statements;

	@BeforeAll
	static void enoughRowsForEveryList(@Autowired GraphQlClient graphQl) {
		for (int i = 0; i < 3; i++) {
			graphQl.execute(TWENTE_COORDINATOR, TestIntakes.SUBMIT,
					Map.of("input", TestIntakes.valid("digitale-werkplaats-twente")));
		}
		TestMail.awaitEventListeners();
	}

	@Test
	void werkplaatsenWithTheirPublicFields() {
		assertBounded(ANONYMOUS, "werkplaatsen", """
				{ werkplaatsen(first: %d) { totalCount nodes { slug branding { displayName } region { provinces }
				  partners { name role } upcomingEvents { title werkplaats { slug } }
				  offers(first: 3) { totalCount nodes { title initiative { name } } } } } }""",
				// partners, upcomingEvents, their werkplaats, offers, their initiative
				5, 2);
	}

	@Test
	void werkplaatsenWithTheirTeamsForANetworkCoordinator() {
		assertBounded(NETWORK_COORDINATOR, "werkplaatsen", """
				{ werkplaatsen(first: %d) { nodes { slug frontendClients { clientId } ambitions { year reach }
				  team(first: 3) { totalCount nodes { name role } } teamChanges(first: 3) { nodes { action } } } } }""",
				// frontendClients, ambitions, team, teamChanges
				4, 1);
	}

	@Test
	void intakesWithEveryRelationAndTheirSuggestions() {
		assertBounded(TWENTE_COORDINATOR, "intakes", """
				{ intakes(first: %d) { totalCount nodes { reference organisation { name } contact { name }
				  assignee { name } werkplaats { slug } baseline { foundVia } referral { status }
				  offerSuggestions(first: 3) { score offer { title } }
				  studentSuggestions(first: 3) { score student { name } }
				  initiativeSuggestions(first: 3) { score initiative { name } } } } }""",
				// organisation, contact, assignee, werkplaats, referral; offer
				// suggestions
				// read intakes, organisations, maturities, offers and their load (5);
				// student suggestions intakes, students, programmes and their load (4);
				// initiative suggestions intakes, organisations, maturities,
				// werkplaatsen,
				// activities and initiatives (6)
				5 + 5 + 4 + 6, 1);
	}

	@Test
	void trajectenWithEveryRelation() {
		assertBounded(TWENTE_COORDINATOR, "trajecten", """
				{ trajecten(first: %d) { totalCount nodes { status offer { title } organisation { name }
				  werkplaats { slug } deliverables { title } team { role student { name } member { name } }
				  monitor { status dueOn } } } }""",
				// offer, organisation, werkplaats, deliverables, team, its students, its
				// members, monitor
				8, 1);
	}

	@Test
	void organisationsWithTheirNotesJourneysAndNextSteps() {
		assertBounded(NETWORK_COORDINATOR, "organisations", """
				{ organisations(first: %d) { totalCount nodes { name
				  notes(first: 2) { totalCount nodes { body authorName werkplaats { slug } } }
				  journey(first: 2) { totalCount nodes { kind werkplaats { slug } } } } } }""",
				// notes, their werkplaats, journey, its werkplaats
				4, 3);
	}

	@Test
	void referralsWithEveryRelation() {
		assertBounded(NETWORK_COORDINATOR, "referrals", """
				{ referrals(first: %d) { totalCount nodes { status from { slug } to { slug } toInitiative { name }
				  organisation { name } intake { reference } receivedIntake { reference } } } }""",
				// from, to, toInitiative, organisation, intake, receivedIntake
				6, 1);
	}

	@Test
	void eventsWithTheirRegistrations() {
		assertBounded(WOO_COORDINATOR, "events", """
				{ events(werkplaatsSlug: "werkplaats-online-ondernemen", first: %d, includePast: true) { totalCount
				  nodes { title full registrationCount werkplaats { slug }
				  registrations(first: 2) { totalCount nodes { name } } } } }""",
				// the werkplaats named (its slug), registration counts, werkplaats,
				// registrations and the audit log's record that staff saw them
				5, 2);
	}

	@Test
	void studentsWithTheirProgrammesAndInstitutions() {
		assertBounded(WOO_COORDINATOR, "students", """
				{ students(first: %d) { totalCount nodes { name programme { name institution { name } } } } }""",
				// programme, institution
				2, 1);
	}

	@Test
	void initiativesWithTheirActivitiesAndProviders() {
		assertBounded(NETWORK_COORDINATOR, "initiatives", """
				{ initiatives(first: %d) { totalCount nodes { name activities { title } providers { name } } } }""",
				// activities, providers
				2, 1);
	}

	@Test
	void auditEntriesWithTheirWerkplaats() {
		assertBounded(WOO_ADMIN, "auditEntries", """
				{ auditEntries(first: %d) { totalCount nodes { action entityType werkplaats { slug } } } }""",
				// werkplaats
				1, 1);
	}

	@Test
	void registerCorrectionsWithTheirOrganisationAndProposer() {
		assertBounded(NETWORK_COORDINATOR, "organisationCorrections", """
				{ organisationCorrections(first: %d) { totalCount nodes { source organisation { name }
				  proposedBy { slug } } } }""",
				// organisation, proposedBy
				2, 1);
	}

	@Test
	void reachRecords() {
		assertBounded(WOO_COORDINATOR, "reachRecords", """
				{ reachRecords(first: %d) { totalCount nodes { channel reached } } }""", 0, 1);
	}

	private void assertBounded(Persona persona, String root, String template, int relations, int counts) {
		int bound = SETTINGS_AND_PAGE + relations + counts;
		String small = template.formatted(1);
		String large = template.formatted(20);
		// Once first, so the caller's resolution is cached, as it is for every request
		// but a caller's first (or the first after their memberships change).
		assertThat(this.graphQl.execute(persona, large).errors()).isEmpty();
		List<String> forOne = record(persona, small);
		Response[] page = new Response[1];
		long transactions = this.statements.transactions(() -> page[0] = this.graphQl.execute(persona, large));
		List<String> forMany = record(persona, large);

		assertThat(page[0].<List<Object>>path("$.data." + root + ".nodes")).as("a page that can show an N+1")
			.hasSizeGreaterThan(1);
		assertThat(transactions).as("transactions of one request").isEqualTo(1);
		assertThat(forOne.size()).as("statements for a page of one: %s", forOne).isLessThanOrEqualTo(bound);
		assertThat(forMany.size()).as("statements for a page of many: %s", forMany).isLessThanOrEqualTo(bound);
	}

	private List<String> record(Persona persona, String query) {
		return this.statements.record(() -> assertThat(this.graphQl.execute(persona, query).errors()).isEmpty());
	}

}
