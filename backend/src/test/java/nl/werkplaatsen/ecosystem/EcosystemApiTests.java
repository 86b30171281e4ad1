package nl.werkplaatsen.ecosystem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.StatementCounter;
import nl.werkplaatsen.support.TestIntakes;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.MKB_DIGITAL_WORKSPACE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ecosystem map over the API: public, filtered and paged initiatives with their
 * activities and providers, archived ones left out, and an initiative as a referral's
 * target whose outcome the sender records.
 */
@PlatformTest
class EcosystemApiTests {

	static final String INITIATIVES = """
			query($first: Int, $filter: InitiativeFilter) { initiatives(first: $first, filter: $filter) { totalCount
			  nodes { id name province activities { archetype maturity reach reachClass sectors obstacle }
			  providers { name roles } } } }""";

	static final String CREATE = """
			mutation($input: InitiativeCreateInput!) { initiativeCreate(input: $input) {
			  initiative { id importKey name province version activities { title reach sectors } providers { name roles } }
			  userErrors { code field message } } }""";

	static final String UPDATE = """
			mutation($input: InitiativeUpdateInput!) { initiativeUpdate(input: $input) {
			  initiative { id name province version activities { title } providers { name } }
			  userErrors { code field message } } }""";

	static final String DELETE = """
			mutation($input: InitiativeDeleteInput!) { initiativeDelete(input: $input) {
			  deletedInitiativeId archived userErrors { code field } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void anybodyBrowsesActiveInitiativesWithActivitiesAndProvidersFiltered() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID hub = initiative("Datahub Noord " + tag, "GRONINGEN");
		activity(hub, "WORKSHOPS_AND_KNOWLEDGE_EVENTS", "GRONINGEN", null, "NOT_KNOWING", "{}");
		activity(hub, "ADVICE_AND_CONSULTANCY", "GRONINGEN", 120, "NOT_ABLE", "{C,G}");
		provider(hub, "Provincie Groningen " + tag, "FINANCIER");
		provider(hub, "Provincie Groningen " + tag, "INITIATOR");
		UUID elsewhere = initiative("Techniekhuis Zuid " + tag, "LIMBURG");
		activity(elsewhere, "SHARED_FACILITIES", "LIMBURG", 40, null, "{}");
		UUID archived = initiative("Opgeheven netwerk " + tag, "GRONINGEN");
		this.jdbc.sql("update initiative set archived_at = now() where id = ?").param(archived).update();

		Response groningen = this.graphQl.execute(ANONYMOUS, INITIATIVES,
				Map.of("first", 100, "filter", Map.of("province", "GRONINGEN", "search", tag)));
		assertThat(groningen.errors()).isEmpty();
		assertThat(groningen.<List<String>>path("$.data.initiatives.nodes[*].name"))
			.containsExactly("Datahub Noord " + tag);
		assertThat(groningen.<List<Object>>path("$.data.initiatives.nodes[0].activities[*].reach"))
			.containsExactlyInAnyOrder(null, 120);
		assertThat(groningen.<List<List<String>>>path("$.data.initiatives.nodes[0].activities[*].sectors"))
			.containsExactlyInAnyOrder(List.of(), List.of("C", "G"));
		assertThat(groningen.<List<String>>path("$.data.initiatives.nodes[0].providers[0].roles"))
			.containsExactlyInAnyOrder("INITIATOR", "FINANCIER");
		assertThat(this.graphQl
			.execute(ANONYMOUS, INITIATIVES,
					Map.of("first", 100, "filter", Map.of("obstacle", "NOT_ABLE", "search", tag)))
			.<List<String>>path("$.data.initiatives.nodes[*].name")).containsExactly("Datahub Noord " + tag);
		assertThat(this.graphQl
			.execute(ANONYMOUS, INITIATIVES,
					Map.of("first", 100, "filter", Map.of("archetype", "SHARED_FACILITIES", "search", tag)))
			.<List<String>>path("$.data.initiatives.nodes[*].name")).containsExactly("Techniekhuis Zuid " + tag);
		assertThat(this.graphQl
			.execute(ANONYMOUS, "query($id: ID!) { initiative(id: $id) { name } }",
					Map.of("id", GlobalId.encode("Initiative", archived)))
			.<Object>path("$.data.initiative")).isNull();
		assertThat(this.graphQl
			.execute(ANONYMOUS, "query($id: ID!) { node(id: $id) { ... on Initiative { name } } }",
					Map.of("id", GlobalId.encode("Initiative", hub)))
			.<String>path("$.data.node.name")).isEqualTo("Datahub Noord " + tag);
	}

	@Test
	void aWerkplaatsRefersToAnInitiativeAndRecordsWhatCameOfIt() {
		UUID hub = initiative("Ondernemershuis Oost " + UUID.randomUUID(), "OVERIJSSEL");
		Map<String, Object> submission = TestIntakes.valid("werkplaats-online-ondernemen");
		submission.put("shareWithNetwork", true);
		String intake = this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", submission))
			.path("$.data.intakeSubmit.intake.id");
		String create = """
				mutation($input: ReferralCreateInput!) { referralCreate(input: $input) {
				  referral { id status version to { slug } toInitiative { ... on Initiative { name } } }
				  userErrors { code field } } }""";

		UUID archived = initiative("Gesloten loket " + UUID.randomUUID(), "OVERIJSSEL");
		this.jdbc.sql("update initiative set archived_at = now() where id = ?").param(archived).update();
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, create,
					Map.of("input",
							Map.of("intakeId", intake, "toInitiativeId", GlobalId.encode("Initiative", archived))))
			.userErrorCodes("referralCreate")).containsExactly("NOT_FOUND");
		Response sent = this.graphQl.execute(WOO_COORDINATOR, create,
				Map.of("input", Map.of("intakeId", intake, "toInitiativeId", GlobalId.encode("Initiative", hub))));
		assertThat(sent.userErrorCodes("referralCreate")).isEmpty();
		assertThat(sent.<Object>path("$.data.referralCreate.referral.to")).isNull();
		assertThat(sent.<String>path("$.data.referralCreate.referral.toInitiative.name"))
			.startsWith("Ondernemershuis Oost");
		String referral = sent.path("$.data.referralCreate.referral.id");

		String record = """
				mutation($input: ReferralOutcomeRecordInput!) { referralOutcomeRecord(input: $input) {
				  referral { status answeredAt outcome { initiativeOutcome } } userErrors { code field } } }""";
		assertThat(this.graphQl
			.execute(MKB_DIGITAL_WORKSPACE_COORDINATOR, record,
					Map.of("input", Map.of("id", referral, "outcome", "CONFIRMED")))
			.errors()).isNotEmpty();
		assertThat(this.graphQl
			.execute(TWENTE_COORDINATOR,
					"mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { userErrors { code } } }",
					Map.of("input", Map.of("id", referral)))
			.errors()).isNotEmpty();
		Response recorded = this.graphQl.execute(WOO_COORDINATOR, record,
				Map.of("input", Map.of("id", referral, "outcome", "CONFIRMED", "expectedVersion", 0)));
		assertThat(recorded.userErrorCodes("referralOutcomeRecord")).isEmpty();
		assertThat(recorded.<String>path("$.data.referralOutcomeRecord.referral.outcome.initiativeOutcome"))
			.isEqualTo("CONFIRMED");
		assertThat(recorded.<String>path("$.data.referralOutcomeRecord.referral.answeredAt")).isNotNull();
		assertThat(this.graphQl
			.execute(WOO_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Intake { status } } }",
					Map.of("id", intake))
			.<String>path("$.data.node.status")).isEqualTo("REFERRED");

		// Network coordinators see which initiatives receive referrals; werkplaatsen do
		// not.
		String counts = """
				query($period: ReferralPeriodInput!) { initiativeReferralCounts(period: $period) {
				  initiative { id } sent fromWerkplaatsen confirmed noResponse unknown awaiting withdrawn } }""";
		Map<String, Object> today = Map.of("period", Map.of("from", java.time.LocalDate.now().minusDays(1).toString(),
				"to", java.time.LocalDate.now().plusDays(1).toString()));
		Response referred = this.graphQl.execute(NETWORK_COORDINATOR, counts, today);
		assertThat(referred.<List<Map<String, Object>>>path(
				"$.data.initiativeReferralCounts[?(@.initiative.id == '" + GlobalId.encode("Initiative", hub) + "')]"))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("sent", 1)
				.containsEntry("fromWerkplaatsen", 1)
				.containsEntry("confirmed", 1)
				.containsEntry("awaiting", 0)
				.containsEntry("withdrawn", 0));
		assertThat(this.graphQl.execute(WOO_COORDINATOR, counts, today).classifications()).containsExactly("FORBIDDEN");

		// Removed from the map, the initiative the referral points to is archived
		// instead:
		// gone from the lists, still named by the referral.
		Response deleted = this.graphQl.execute(NETWORK_COORDINATOR, DELETE,
				Map.of("input", Map.of("id", GlobalId.encode("Initiative", hub))));
		assertThat(deleted.<Map<String, Object>>path("$.data.initiativeDelete")).containsEntry("archived", true)
			.containsEntry("deletedInitiativeId", GlobalId.encode("Initiative", hub));
		assertThat(this.graphQl
			.execute(ANONYMOUS, "query($id: ID!) { initiative(id: $id) { name } }",
					Map.of("id", GlobalId.encode("Initiative", hub)))
			.<Object>path("$.data.initiative")).isNull();
		assertThat(this.graphQl.execute(WOO_COORDINATOR,
				"query($id: ID!) { node(id: $id) { ... on Referral { toInitiative { ... on Initiative { name } } } } }",
				Map.of("id", referral))
			.<String>path("$.data.node.toInitiative.name")).startsWith("Ondernemershuis Oost");
	}

	@Test
	void networkCoordinatorsKeepTheMapByHandAndNobodyElseMay() {
		String key = "hand-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> input = new java.util.HashMap<>(Map.of("importKey", key, "name", "Digitaal Atelier " + key,
				"province", "ZEELAND", "description", "Met de hand toegevoegd.", "activities",
				List.of(Map.of("archetype", "ADVICE_AND_CONSULTANCY", "maturity", "LOW", "title", "Spreekuur", "reach",
						12, "sectors", List.of("g", "C"))),
				"providers", List.of(Map.of("name", "Provincie Zeeland " + key, "roles", List.of("FINANCIER")))));
		assertThat(this.graphQl.execute(WOO_COORDINATOR, CREATE, Map.of("input", input)).classifications())
			.containsExactly("FORBIDDEN");
		assertThat(this.jdbc.sql("select count(*) from initiative where import_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();

		Response created = this.graphQl.execute(NETWORK_COORDINATOR, CREATE, Map.of("input", input));
		assertThat(created.userErrorCodes("initiativeCreate")).isEmpty();
		assertThat(created.<Map<String, Object>>path("$.data.initiativeCreate.initiative"))
			.containsEntry("importKey", key)
			.containsEntry("province", "ZEELAND")
			.containsEntry("version", 0);
		assertThat(created.<List<String>>path("$.data.initiativeCreate.initiative.activities[0].sectors"))
			.containsExactly("C", "G");
		String id = created.path("$.data.initiativeCreate.initiative.id");

		// Every problem at once, and nothing stored.
		Map<String, Object> wrong = new java.util.HashMap<>(Map.of(
				"importKey", key, "name", " ", "activities", List.of(Map.of("archetype", "SIGNALLING", "maturity",
						"LOW", "title", "", "reach", -1, "sectors", List.of("CC"))),
				"providers", List.of(Map.of("name", "Iemand", "roles", List.of()))));
		Response refused = this.graphQl.execute(NETWORK_COORDINATOR, CREATE, Map.of("input", wrong));
		assertThat(refused.<List<String>>path("$.data.initiativeCreate.userErrors[*].code")).containsExactlyInAnyOrder(
				"CONFLICT", "REQUIRED", "REQUIRED", "OUT_OF_RANGE", "INVALID_FORMAT", "REQUIRED");
		assertThat(refused.<List<List<String>>>path("$.data.initiativeCreate.userErrors[*].field")).contains(
				List.of("importKey"), List.of("name"), List.of("activities", "0", "reach"),
				List.of("providers", "0", "roles"));
		assertThat(this.jdbc.sql("select count(*) from initiative where import_key = ? or name = ' '")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(1);

		Response stale = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE,
				Map.of("input", Map.of("id", id, "expectedVersion", 7, "name", "Nieuw")));
		assertThat(stale.userErrorCodes("initiativeUpdate")).containsExactly("CONFLICT");
		Map<String, Object> change = new java.util.HashMap<>();
		change.put("id", id);
		change.put("expectedVersion", 0);
		change.put("province", null);
		change.put("activities", List.of());
		Response updated = this.graphQl.execute(NETWORK_COORDINATOR, UPDATE, Map.of("input", change));
		assertThat(updated.userErrorCodes("initiativeUpdate")).isEmpty();
		assertThat(updated.<Map<String, Object>>path("$.data.initiativeUpdate.initiative"))
			.containsEntry("name", "Digitaal Atelier " + key)
			.containsEntry("province", null)
			.containsEntry("version", 1)
			.containsEntry("activities", List.of());
		assertThat(updated.<List<String>>path("$.data.initiativeUpdate.initiative.providers[*].name"))
			.containsExactly("Provincie Zeeland " + key);

		assertThat(
				this.graphQl.execute(TWENTE_COORDINATOR, DELETE, Map.of("input", Map.of("id", id))).classifications())
			.containsExactly("FORBIDDEN");
		Response deleted = this.graphQl.execute(NETWORK_COORDINATOR, DELETE, Map.of("input", Map.of("id", id)));
		assertThat(deleted.<Boolean>path("$.data.initiativeDelete.archived")).isFalse();
		assertThat(this.jdbc.sql("select count(*) from initiative where import_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from provider where name = ?")
			.param("Provincie Zeeland " + key)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, DELETE, Map.of("input", Map.of("id", id)))
			.userErrorCodes("initiativeDelete")).containsExactly("NOT_FOUND");
	}

	@Test
	void anIntakeIsSuggestedTheInitiativesOfItsWerkplaatsProvincesWithReasons() {
		List<String> provinces = this.graphQl
			.execute(WOO_COORDINATOR, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { region { provinces } } }")
			.path("$.data.werkplaats.region.provinces");
		String here = provinces.getFirst();
		String elsewhere = java.util.Arrays.stream(nl.werkplaatsen.werkplaats.Province.values())
			.map(Enum::name)
			.filter((province) -> !provinces.contains(province))
			.findFirst()
			.orElseThrow();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID advice = initiative("Adviespunt " + tag, here);
		activity(advice, "ADVICE_AND_CONSULTANCY", here, null, "NOT_KNOWING", "{}");
		UUID far = initiative("Ver weg " + tag, elsewhere);
		activity(far, "ADVICE_AND_CONSULTANCY", elsewhere, null, "NOT_KNOWING", "{}");
		String intake = this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", TestIntakes.valid("werkplaats-online-ondernemen")))
			.path("$.data.intakeSubmit.intake.id");

		Response suggestions = this.graphQl.execute(WOO_COORDINATOR, """
				query($id: ID!) { node(id: $id) { ... on Intake { initiativeSuggestions(first: 100) {
				  initiative { name } score reasons } } } }""", Map.of("id", intake));
		List<Map<String, Object>> mine = suggestions
			.<List<Map<String, Object>>>path("$.data.node.initiativeSuggestions")
			.stream()
			.filter((suggestion) -> ((Map<?, ?>) suggestion.get("initiative")).get("name").toString().endsWith(tag))
			.toList();
		assertThat(mine).singleElement().satisfies((suggestion) -> {
			assertThat(suggestion.get("initiative")).isEqualTo(Map.of("name", "Adviespunt " + tag));
			assertThat((List<String>) suggestion.get("reasons")).contains("helpt bij knelpunt niet weten",
					"biedt advisering/consultancy, passend bij de verwachting");
		});
	}

	@Test
	void anOfferNamesTheInitiativeItBelongsToUntilTheInitiativeLeavesTheMap() {
		UUID programme = initiative("Regionaal programma " + UUID.randomUUID(), "OVERIJSSEL");
		String create = """
				mutation($input: OfferCreateInput!) { offerCreate(input: $input) {
				  offer { id initiative { name } } userErrors { code field } } }""";
		Map<String, Object> input = new java.util.HashMap<>(nl.werkplaatsen.support.TestOffers.published("Datascan"));
		input.put("initiativeId", GlobalId.encode("Initiative", UUID.randomUUID()));
		Response unknown = this.graphQl.execute(TWENTE_COORDINATOR, create, Map.of("input", input));
		assertThat(unknown.<List<String>>path("$.data.offerCreate.userErrors[*].code")).containsExactly("NOT_FOUND");
		assertThat(unknown.<List<List<String>>>path("$.data.offerCreate.userErrors[*].field"))
			.containsExactly(List.of("initiativeId"));

		input.put("initiativeId", GlobalId.encode("Initiative", programme));
		Response created = this.graphQl.execute(TWENTE_COORDINATOR, create, Map.of("input", input));
		assertThat(created.<String>path("$.data.offerCreate.offer.initiative.name")).startsWith("Regionaal programma");
		String offer = created.path("$.data.offerCreate.offer.id");

		this.graphQl.execute(NETWORK_COORDINATOR, DELETE,
				Map.of("input", Map.of("id", GlobalId.encode("Initiative", programme))));
		assertThat(this.graphQl
			.execute(TWENTE_COORDINATOR, "query($id: ID!) { node(id: $id) { ... on Offer { initiative { name } } } }",
					Map.of("id", offer))
			.<Object>path("$.data.node.initiative")).isNull();
	}

	@Test
	void nextStepsSuggestInitiativesOfTheOrganisationsProvince() {
		String name = "Digitaal Loket Flevoland " + UUID.randomUUID();
		UUID loket = initiative(name, "FLEVOLAND");
		activity(loket, "SIGNALLING", "FLEVOLAND", 50, "NOT_KNOWING", "{}");
		UUID far = initiative("Ver weg " + UUID.randomUUID(), "ZEELAND");
		activity(far, "SIGNALLING", "ZEELAND", 50, "NOT_KNOWING", "{}");
		Map<String, Object> submission = TestIntakes.valid("werkplaats-online-ondernemen");
		submission.put("organisationDetails", Map.of("sizeClass", "MICRO", "sbiSection", "G", "province", "FLEVOLAND"));
		String organisation = this.graphQl.execute(WOO_COORDINATOR,
				"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { organisation { id } } } }",
				Map.of("input", submission))
			.path("$.data.intakeSubmit.intake.organisation.id");

		Response steps = this.graphQl.execute(WOO_COORDINATOR, """
				query($id: ID!) { node(id: $id) { ... on Organisation {
				  nextSteps(first: 20) { offer { title } initiative { name } score reasons ownRegion } } } }""",
				Map.of("id", organisation));

		assertThat(steps.errors()).isEmpty();
		assertThat(steps.<List<String>>path("$.data.node.nextSteps[*].initiative.name")).contains(name)
			.noneMatch((initiative) -> initiative != null && initiative.startsWith("Ver weg"));
		assertThat(steps.<List<String>>path("$.data.node.nextSteps[?(@.initiative)].reasons[*]"))
			.contains("initiatief in de eigen provincie", "voor de sector (SBI G)");
	}

	@Test
	void providersCountEachInitiativeOnceWhateverTheirRolesAndLeaveArchivedOnesOut() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String big = "ZZZ Grote Financier " + tag;
		for (int i = 0; i < 3; i++) {
			UUID initiative = initiative("Initiatief " + i + " " + tag, "DRENTHE");
			provider(initiative, big, "FINANCIER");
			provider(initiative, big, "INITIATOR");
		}
		UUID archived = initiative("Gesloten " + tag, "DRENTHE");
		provider(archived, big, "EXECUTOR");
		this.jdbc.sql("update initiative set archived_at = now() where id = ?").param(archived).update();
		provider(initiative("Klein " + tag, "DRENTHE"), "ZZZ Kleine Uitvoerder " + tag, "EXECUTOR");

		List<Map<String, Object>> providers = this.graphQl
			.execute(ANONYMOUS, "{ ecosystemProviders(minInitiatives: 3, first: 100) { name initiatives roles } }")
			.path("$.data.ecosystemProviders");

		assertThat(providers).filteredOn((provider) -> ((String) provider.get("name")).endsWith(tag))
			.singleElement()
			.satisfies((provider) -> {
				assertThat(provider).containsEntry("name", big).containsEntry("initiatives", 3);
				assertThat(List.copyOf((List<?>) provider.get("roles"))).hasToString("[FINANCIER, INITIATOR]");
			});
	}

	@Test
	void initiativesWithActivitiesAndProvidersListInAConstantNumberOfStatements() {
		for (int i = 0; i < 12; i++) {
			UUID initiative = initiative("AAA Regionaal initiatief " + UUID.randomUUID(), "UTRECHT");
			activity(initiative, "SIGNALLING", "UTRECHT", 10, "NOT_KNOWING", "{}");
			provider(initiative, "Gemeente Utrecht", "EXECUTOR");
		}
		// Emails and reactions of earlier tests finish first: they are not the list's
		// statements.
		nl.werkplaatsen.support.TestMail.awaitEventListeners();
		String query = "{ initiatives(first: %d) { totalCount nodes { name activities { title } providers { name } } } }";

		List<String> small = this.statements
			.record(() -> assertThat(this.graphQl.execute(ANONYMOUS, query.formatted(10)).errors()).isEmpty());
		List<String> large = this.statements
			.record(() -> assertThat(this.graphQl.execute(ANONYMOUS, query.formatted(100)).errors()).isEmpty());

		assertThat(large).as(() -> String.join("\n", large)).hasSameSizeAs(small);
	}

	private UUID initiative(String name, String province) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into initiative (id, name, province, description) values (?, ?, ?, 'Een initiatief.')")
			.params(id, name, province)
			.update();
		return id;
	}

	private void activity(UUID initiative, String archetype, String province, Integer reach, String obstacle,
			String sectors) {
		this.jdbc
			.sql("""
					insert into ecosystem_activity (id, initiative_id, archetype, province, maturity, reach_class,
					  effort_class, reach, title, digitalisation_form, obstacle, sectors)
					values (gen_random_uuid(), ?, ?, ?, 'MEDIUM', 'LOW', 'MEDIUM', ?, ?, 'DATA', ?, cast(? as varchar[]))""")
			.params(initiative, archetype, province, reach, archetype.toLowerCase(java.util.Locale.ROOT), obstacle,
					sectors)
			.update();
	}

	private void provider(UUID initiative, String name, String role) {
		this.jdbc.sql("insert into provider (id, name) values (gen_random_uuid(), ?) on conflict (name) do nothing")
			.param(name)
			.update();
		this.jdbc.sql("""
				insert into initiative_provider (initiative_id, provider_id, role)
				select ?, id, ? from provider where name = ?""").params(initiative, role, name).update();
	}

}
