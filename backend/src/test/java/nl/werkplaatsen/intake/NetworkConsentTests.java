package nl.werkplaatsen.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.PlatformTest;
import nl.werkplaatsen.support.TestIntakes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public form's consent to share with the network: its own consent record (purpose,
 * channel, text version, time) only when asked for, withdrawn like every consent, and
 * invisible to another werkplaats.
 */
@PlatformTest
class NetworkConsentTests {

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenancy tenancy;

	@Test
	void theFormRecordsNetworkConsentOnlyWhenAskedAndAsItsOwnConsent() {
		Map<String, Object> sharing = TestIntakes.valid("werkplaats-online-ondernemen");
		sharing.put("shareWithNetwork", true);
		Map<String, Object> notSharing = TestIntakes.valid("werkplaats-online-ondernemen");
		notSharing.put("shareWithNetwork", false);

		UUID withConsent = contactOf(TestIntakes.submit(this.graphQl, sharing));
		UUID withoutConsent = contactOf(TestIntakes.submit(this.graphQl, notSharing));
		UUID unsaid = contactOf(TestIntakes.submit(this.graphQl, TestIntakes.valid("werkplaats-online-ondernemen")));

		assertThat(consentsOf(withConsent)).containsExactlyInAnyOrder("INTAKE/FORM/intake-2026-09/given",
				"NETWORK_SHARING/FORM/network-2026-12/given");
		assertThat(consentsOf(withoutConsent)).containsExactly("INTAKE/FORM/intake-2026-09/given");
		assertThat(consentsOf(unsaid)).containsExactly("INTAKE/FORM/intake-2026-09/given");
	}

	@Test
	void anotherWerkplaatsSeesNoneOfItAsTheApplicationsRole() {
		Map<String, Object> sharing = TestIntakes.valid("werkplaats-online-ondernemen");
		sharing.put("shareWithNetwork", true);
		UUID contact = contactOf(TestIntakes.submit(this.graphQl, sharing));
		UUID twente = this.jdbc.sql("select id from werkplaats where slug = 'digitale-werkplaats-twente'")
			.query(UUID.class)
			.single();
		Actor twenteCoordinator = new Actor(Actor.Kind.PERSON, "twente-coordinator", Set.of(),
				new Actor.ActingWerkplaats(twente, "digitale-werkplaats-twente", TeamRole.COORDINATOR));

		long seenByTwente = Tenancy.callAs(twenteCoordinator,
				() -> this.tenancy.readFor(twente, "digitale-werkplaats-twente", Tenancy.Permission.COORDINATE,
						() -> this.jdbc.sql("select count(*) from consent where contact_id = ?")
							.param(contact)
							.query(Long.class)
							.single()));

		assertThat(seenByTwente).isZero();
		assertThat(consentsOf(contact)).hasSize(2);
	}

	@Test
	void withdrawingConsentWithdrawsTheNetworkConsentToo() {
		Map<String, Object> sharing = TestIntakes.valid("werkplaats-online-ondernemen");
		sharing.put("shareWithNetwork", true);
		String reference = TestIntakes.submit(this.graphQl, sharing);
		UUID contact = contactOf(reference);
		String intakeId = nl.werkplaatsen.platform.graphql.GlobalId.encode("Intake",
				national(() -> this.jdbc.sql("select id from intake where reference = ?")
					.param(reference)
					.query(UUID.class)
					.single()));

		this.graphQl.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR,
				"""
						mutation($input: IntakeContactConsentWithdrawInput!) { intakeContactConsentWithdraw(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("id", intakeId)));

		assertThat(consentsOf(contact)).containsExactlyInAnyOrder("INTAKE/FORM/intake-2026-09/withdrawn",
				"NETWORK_SHARING/FORM/network-2026-12/withdrawn");
	}

	@Test
	void staffRecordAndWithdrawNetworkConsentForTheirOwnContactOnly() {
		String intake = this.graphQl
			.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR,
					"mutation($input: IntakeSubmitInput!) { intakeSubmit(input: $input) { intake { id reference "
							+ "organisation { id sharesWithNetwork } contact { id } } } }",
					Map.of("input", TestIntakes.valid("werkplaats-online-ondernemen")))
			.path("$.data.intakeSubmit.intake.organisation.id");
		String record = """
				mutation($input: OrganisationNetworkConsentRecordInput!) { organisationNetworkConsentRecord(input: $input) {
				  organisation { sharesWithNetwork } userErrors { code field } } }""";
		String withdraw = """
				mutation($input: OrganisationNetworkConsentWithdrawInput!) { organisationNetworkConsentWithdraw(input: $input) {
				  organisation { sharesWithNetwork } userErrors { code field } } }""";
		Map<String, Object> byPhone = Map.of("input", Map.of("organisationId", intake, "how", "PHONE"));

		var byTwente = this.graphQl.execute(nl.werkplaatsen.support.Persona.TWENTE_COORDINATOR, record, byPhone);
		assertThat(byTwente.userErrorCodes("organisationNetworkConsentRecord")).containsExactly("NOT_FOUND");
		assertThat(this.graphQl.execute(nl.werkplaatsen.support.Persona.WOO_TEACHER, record, byPhone).classifications())
			.contains("FORBIDDEN");
		assertThat(
				this.graphQl
					.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR, record,
							Map.of("input",
									Map.of("organisationId", intake, "contactId",
											nl.werkplaatsen.platform.graphql.GlobalId.encode("Contact",
													UUID.randomUUID()),
											"how", "EMAIL")))
					.userErrorCodes("organisationNetworkConsentRecord"))
			.containsExactly("NOT_FOUND");

		var recorded = this.graphQl.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR, record, byPhone);
		assertThat(recorded.<Boolean>path("$.data.organisationNetworkConsentRecord.organisation.sharesWithNetwork"))
			.isTrue();
		this.graphQl.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR, record, byPhone);
		UUID organisation = nl.werkplaatsen.platform.graphql.GlobalId.idOf(intake, "Organisation").orElseThrow();
		assertThat(national(() -> this.jdbc.sql("""
				select c.channel from consent c join organisation_contact oc on oc.id = c.contact_id
				where oc.organisation_id = ? and c.purpose = 'NETWORK_SHARING'""")
			.param(organisation)
			.query(String.class)
			.list())).as("a repeat keeps the first record").containsExactly("PHONE");

		var withdrawn = this.graphQl.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR, withdraw,
				Map.of("input", Map.of("organisationId", intake)));
		assertThat(withdrawn.<Boolean>path("$.data.organisationNetworkConsentWithdraw.organisation.sharesWithNetwork"))
			.isFalse();
		assertThat(this.graphQl
			.execute(nl.werkplaatsen.support.Persona.WOO_COORDINATOR, withdraw,
					Map.of("input", Map.of("organisationId", intake)))
			.userErrorCodes("organisationNetworkConsentWithdraw")).containsExactly("INVALID_STATE");
		assertThat(national(() -> this.jdbc.sql("""
				select c.purpose || '/' || (c.withdrawn_at is null) from consent c
				join organisation_contact oc on oc.id = c.contact_id where oc.organisation_id = ?""")
			.param(organisation)
			.query(String.class)
			.list())).as("the intake consent stays").containsExactlyInAnyOrder("INTAKE/true", "NETWORK_SHARING/false");
	}

	private UUID contactOf(String reference) {
		return national(() -> this.jdbc.sql("select contact_id from intake where reference = ?")
			.param(reference)
			.query(UUID.class)
			.single());
	}

	private List<String> consentsOf(UUID contact) {
		return national(() -> this.jdbc.sql("""
				select purpose || '/' || channel || '/' || text_version || '/'
				  || case when withdrawn_at is null then 'given' else 'withdrawn' end
				from consent where contact_id = ?""").param(contact).query(String.class).list());
	}

	private <T> T national(java.util.function.Supplier<T> read) {
		return Tenancy.callAs(
				new Actor(Actor.Kind.PERSON, "network-coordinator", Set.of(NationalRole.NETWORK_COORDINATOR), null),
				() -> this.tenancy.readNationally(read));
	}

}
