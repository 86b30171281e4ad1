package nl.werkplaatsen.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;
import nl.werkplaatsen.support.TestPostgres;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy desk: an access export finds one person in every store and werkplaats, and
 * erasure leaves no trace of them in any table while the KPIs of the period stay as they
 * were.
 */
@PlatformTest
class PersonalDataTests {

	private static final String EXPORT = "query($email: String!) { personalDataExport(email: $email) }";

	private static final String ERASE = """
			mutation($input: PersonalDataEraseInput!) { personalDataErase(input: $input) {
			  erased { store records } userErrors { code field } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Test
	void theExportFindsThePersonEverywhereAndErasureLeavesNoTraceButTheKpis() throws Exception {
		String email = "privacy-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
		personInTwoWerkplaatsenAndAnEvent(email);
		String kpisBefore = kpis();

		Response export = this.graphQl.execute(NETWORK_COORDINATOR, EXPORT, Map.of("email", email.toUpperCase()));
		Map<String, List<Object>> stores = export.path("$.data.personalDataExport.stores");
		assertThat(export.errors()).as(export.body()).isEmpty();
		assertThat(stores.get("contacts")).hasSize(2);
		assertThat(stores.get("intakes")).hasSize(2);
		assertThat(stores.get("referrals")).hasSize(1);
		assertThat(stores.get("eventRegistrations")).hasSize(1);
		assertThat(export.<List<Object>>path("$.data.personalDataExport.auditEntries")).isNotEmpty();
		assertThat(export.<List<String>>path("$.data.personalDataExport.stores.contacts[*].werkplaats"))
			.containsExactlyInAnyOrder("werkplaats-online-ondernemen", "digitale-werkplaats-twente");
		assertThat(tablesMentioning(email)).isNotEmpty();

		Response erased = this.graphQl.execute(NETWORK_COORDINATOR, ERASE, Map.of("input", Map.of("email", email)));

		assertThat(erased.userErrorCodes("personalDataErase")).isEmpty();
		assertThat(erased.<List<Integer>>path("$.data.personalDataErase.erased[?(@.store == 'contacts')].records"))
			.containsExactly(2);
		assertThat(tablesMentioning(email)).as("no table mentions the person any more").isEmpty();
		Response after = this.graphQl.execute(NETWORK_COORDINATOR, EXPORT, Map.of("email", email));
		assertThat(after.<Map<String, List<Object>>>path("$.data.personalDataExport.stores").values())
			.allSatisfy((records) -> assertThat(records).isEmpty());
		assertThat(kpis()).as("the KPIs of the period do not change").isEqualTo(kpisBefore);
		Response log = this.graphQl.execute(NETWORK_COORDINATOR, """
				query($f: AuditEntryFilter) { auditEntries(first: 100, filter: $f) { nodes { action entityType } } }""",
				Map.of("f", Map.of("subjectId", NETWORK_COORDINATOR.subject())));
		assertThat(log.<List<String>>path("$.data.auditEntries.nodes[?(@.action == 'DELETED')].entityType"))
			.as("the erasure is in the audit log")
			.contains("Contact", "Intake", "Registration");
	}

	@Test
	void onlyThePrivacyDeskExportsOrErasesAndABadAddressErasesNothing() {
		assertThat(this.graphQl.execute(WOO_ADMIN, EXPORT, Map.of("email", "iemand@voorbeeld.nl")).classifications())
			.containsExactly("FORBIDDEN");
		assertThat(this.graphQl.execute(WOO_ADMIN, ERASE, Map.of("input", Map.of("email", "iemand@voorbeeld.nl")))
			.classifications()).containsExactly("FORBIDDEN");
		Response bad = this.graphQl.execute(NETWORK_COORDINATOR, ERASE, Map.of("input", Map.of("email", "geen adres")));
		assertThat(bad.userErrorCodes("personalDataErase")).containsExactly("INVALID_FORMAT");
		assertThat(bad.<List<Object>>path("$.data.personalDataErase.erased")).isEmpty();
	}

	private void personInTwoWerkplaatsenAndAnEvent(String email) {
		Map<String, Object> input = TestIntakes.valid("werkplaats-online-ondernemen");
		input.put("contactEmail", email);
		input.put("contactName", "Priva Persoon");
		input.put("shareWithNetwork", true);
		String intake = this.graphQl
			.execute(WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id } } }",
					Map.of("input", input))
			.path("$.data.intakeSubmit.intake.id");
		String twente = this.graphQl
			.execute(NETWORK_COORDINATOR, "{ werkplaats(slug: \"digitale-werkplaats-twente\") { id } }")
			.path("$.data.werkplaats.id");
		String referral = this.graphQl
			.execute(WOO_COORDINATOR, """
					mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { id } } }""",
					Map.of("input", Map.of("intakeId", intake, "toWerkplaatsId", twente, "note", "Voor Priva Persoon")))
			.path("$.data.referralCreate.referral.id");
		Response accepted = this.graphQl.execute(TWENTE_COORDINATOR, """
				mutation($input: ReferralAcceptInput!) { referralAccept(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("id", referral)));
		assertThat(accepted.userErrorCodes("referralAccept")).isEmpty();
		String event = this.graphQl
			.execute(WOO_COORDINATOR, """
					mutation($input: EventCreateInput!) { eventCreate(input: $input) { event { id } } }""",
					Map.of("input", Map.of("title", "Webinar privacy", "kind", "WEBINAR", "startsAt",
							OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0).toString(), "online", true)))
			.path("$.data.eventCreate.event.id");
		Response registered = this.graphQl.execute(ANONYMOUS, """
				mutation($input: EventRegisterInput!) { eventRegister(input: $input) { registered } }""",
				Map.of("input", Map.of("eventId", event, "name", "Priva Persoon", "email", email, "consent", true)));
		assertThat(registered.<Boolean>path("$.data.eventRegister.registered")).isTrue();
	}

	private String kpis() throws Exception {
		String document = Files.readString(Path.of("../frontend-contract/operations/Kpis.graphql"));
		int year = LocalDate.now().getYear();
		Response kpis = this.graphQl.execute(NETWORK_COORDINATOR, document,
				Map.of("period", Map.of("from", year + "-01-01", "to", year + "-12-31")));
		assertThat(kpis.errors()).as(kpis.body()).isEmpty();
		return kpis.body();
	}

	/** The tables with a row whose text mentions the address, read as the owner. */
	private static List<String> tablesMentioning(String email) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection owner = TestPostgres.database().connectAsOwner()) {
			List<String> all = new ArrayList<>();
			try (PreparedStatement list = owner
				.prepareStatement("select tablename from pg_tables where schemaname = 'public' order by tablename");
					ResultSet result = list.executeQuery()) {
				while (result.next()) {
					all.add(result.getString(1));
				}
			}
			for (String table : all) {
				try (PreparedStatement scan = owner.prepareStatement("select exists (select 1 from \"" + table
						+ "\" t where lower(t::text) like '%' || lower(?) || '%')")) {
					scan.setString(1, email);
					try (ResultSet result = scan.executeQuery()) {
						result.next();
						if (result.getBoolean(1)) {
							tables.add(table);
						}
					}
				}
			}
		}
		return tables;
	}

}
