package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.platform.tenancy.FrontendClients;
import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.TWENTE_ADMIN;
import static nl.werkplaatsen.support.Persona.WOO_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations, onboarding, archiving and branding when the input is bad, the caller may
 * not, or Keycloak cannot be reached (these tests' Keycloak admin URL points at a closed
 * port): a specific user error or refusal, and nothing stored. The same paths against a
 * live Keycloak are in the end-to-end tests.
 */
@PlatformTest
class InvitationAndOnboardingFailureTests {

	static final String INVITE = """
			mutation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) {
			  teamMember { id } invitationSent userErrors { code field message } } }""";

	static final String ONBOARD = """
			mutation($input: WerkplaatsOnboardInput!) { werkplaatsOnboard(input: $input) {
			  werkplaats { id } portalClient { clientSecret } userErrors { code field message } } }""";

	static final String WOO_TEAM = """
			{ werkplaats(slug: "werkplaats-online-ondernemen") { team(first: 1) { totalCount } teamChanges(first: 100) { totalCount } } }""";

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	FrontendClients frontendClients;

	@Autowired
	WerkplaatsDirectory werkplaatsen;

	@Test
	void badInviteInputIsNamedFieldByFieldBeforeKeycloakIsAsked() {
		Response before = this.graphQl.execute(WOO_ADMIN, WOO_TEAM);

		Response response = this.graphQl.execute(WOO_ADMIN, INVITE,
				Map.of("input", Map.of("email", "geen-adres", "name", "Cher", "role", "COORDINATOR")));

		assertThat(response.<List<List<String>>>path("$.data.teamMemberInvite.userErrors[*].field"))
			.containsExactly(List.of("email"), List.of("name"));
		assertThat(response.userErrorCodes("teamMemberInvite")).containsOnly("INVALID_FORMAT");
		assertThat(this.graphQl.execute(WOO_ADMIN, WOO_TEAM).body()).isEqualTo(before.body());
	}

	@Test
	void anInvitationWhileKeycloakIsUnreachableIsRefusedAndStoresNothing() {
		Response before = this.graphQl.execute(WOO_ADMIN, WOO_TEAM);

		Response response = this.graphQl.execute(WOO_ADMIN, INVITE,
				Map.of("input", Map.of("email", "nieuw@example.nl", "name", "Nina Nieuw", "role", "TEACHER")));

		assertThat(response.userErrorCodes("teamMemberInvite")).containsExactly("UNAVAILABLE");
		assertThat(response.<List<String>>path("$.data.teamMemberInvite.userErrors[0].field")).containsExactly("email");
		assertThat(response.<String>path("$.data.teamMemberInvite.userErrors[0].message")).contains("Keycloak");
		assertThat(response.<Object>path("$.data.teamMemberInvite.teamMember")).isNull();
		assertThat(this.graphQl.execute(WOO_ADMIN, WOO_TEAM).body()).isEqualTo(before.body());
	}

	@Test
	void anotherWerkplaatsAdminCannotInviteIntoIt() {
		String woo = this.graphQl.execute(WOO_ADMIN, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { id } }")
			.path("$.data.werkplaats.id");

		Response response = this.graphQl.execute(TWENTE_ADMIN, INVITE, Map.of("input", Map.of("werkplaatsId", woo,
				"email", "indringer@example.nl", "name", "Ina Indringer", "role", "ADMIN")));

		assertThat(response.classifications()).containsExactly("FORBIDDEN");
		assertThat(response.<Object>path("$.data")).isNull();
	}

	@Test
	void onboardingWhileKeycloakIsUnreachableKeepsNothingAndOnlyNetworkCoordinatorsOnboard() {
		Map<String, Object> input = Map.of("slug", "werkplaats-texel", "name", "Werkplaats Texel", "firstAdmin",
				Map.of("email", "admin@texel.example", "name", "Tim Texel"));

		Response unreachable = this.graphQl.execute(NETWORK_COORDINATOR, ONBOARD, Map.of("input", input));
		Response byAnAdmin = this.graphQl.execute(WOO_ADMIN, ONBOARD, Map.of("input", input));
		Response invalid = this.graphQl.execute(NETWORK_COORDINATOR, ONBOARD, Map.of("input",
				Map.of("slug", "Texel!", "name", " ", "firstAdmin", Map.of("email", "x", "name", "Tim Texel"))));

		assertThat(unreachable.userErrorCodes("werkplaatsOnboard")).containsExactly("UNAVAILABLE");
		assertThat(unreachable.<Object>path("$.data.werkplaatsOnboard.werkplaats")).isNull();
		assertThat(byAnAdmin.classifications()).containsExactly("FORBIDDEN");
		assertThat(invalid.<List<List<String>>>path("$.data.werkplaatsOnboard.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("slug"), List.of("name"), List.of("firstAdmin", "email"));
		assertThat(this.werkplaatsen.findBySlug("werkplaats-texel")).isEmpty();
	}

	@Test
	void onboardingNeverTakesOverAClientAnotherWerkplaatsUses() {
		created("werkplaats-schiermonnikoog");
		WerkplaatsCard schier = this.werkplaatsen.findBySlug("werkplaats-schiermonnikoog").orElseThrow();
		Tenancy.runAs(Actor.PLATFORM, () -> this.frontendClients.bind("werkplaats-ameland-frontend", schier.id(),
				schier.slug(), FrontendClients.Kind.PORTAL));

		Response response = this.graphQl.execute(NETWORK_COORDINATOR, ONBOARD,
				Map.of("input", Map.of("slug", "werkplaats-ameland", "name", "Werkplaats Ameland", "firstAdmin",
						Map.of("email", "admin@ameland.example", "name", "Anna Ameland"))));

		// TAKEN, not UNAVAILABLE: refused before Keycloak is asked.
		assertThat(response.userErrorCodes("werkplaatsOnboard")).containsExactly("TAKEN");
		assertThat(this.werkplaatsen.findBySlug("werkplaats-ameland")).isEmpty();
	}

	@Test
	void archivingAWerkplaatsWithClientsWhileKeycloakIsUnreachableArchivesNothing() {
		String id = created("werkplaats-vlieland");
		WerkplaatsCard vlieland = this.werkplaatsen.findBySlug("werkplaats-vlieland").orElseThrow();
		Tenancy.runAs(Actor.PLATFORM, () -> this.frontendClients.bind("werkplaats-vlieland-frontend", vlieland.id(),
				vlieland.slug(), FrontendClients.Kind.PORTAL));

		Response response = this.graphQl.execute(NETWORK_COORDINATOR,
				"""
						mutation($input: WerkplaatsArchiveInput!) { werkplaatsArchive(input: $input) { werkplaats { status } userErrors { code } } }""",
				Map.of("input", Map.of("id", id)));

		assertThat(response.userErrorCodes("werkplaatsArchive")).containsExactly("UNAVAILABLE");
		assertThat(this.werkplaatsen.findBySlug("werkplaats-vlieland").orElseThrow().active()).isTrue();
		assertThat(this.frontendClients.clientsOf(vlieland.id()))
			.allSatisfy((client) -> assertThat(client.enabled()).isTrue());
	}

	@Test
	void aNewWebsiteThatKeycloakCannotLearnIsNotSaved() {
		String id = created("werkplaats-terschelling");
		WerkplaatsCard terschelling = this.werkplaatsen.findBySlug("werkplaats-terschelling").orElseThrow();
		Tenancy.runAs(Actor.PLATFORM, () -> this.frontendClients.bind("werkplaats-terschelling-web", terschelling.id(),
				terschelling.slug(), FrontendClients.Kind.BROWSER));

		Response response = this.graphQl.execute(NETWORK_COORDINATOR,
				"""
						mutation($input: WerkplaatsUpdateInput!) { werkplaatsUpdate(input: $input) { userErrors { code field } } }""",
				Map.of("input", Map.of("id", id, "branding", Map.of("website", "https://terschelling.example"))));
		Response tagline = this.graphQl.execute(NETWORK_COORDINATOR,
				"""
						mutation($input: WerkplaatsUpdateInput!) { werkplaatsUpdate(input: $input) { userErrors { code field } } }""",
				Map.of("input", Map.of("id", id, "branding", Map.of("tagline", "Digitaal op het eiland"))));

		assertThat(response.userErrorCodes("werkplaatsUpdate")).containsExactly("UNAVAILABLE");
		assertThat(tagline.userErrorCodes("werkplaatsUpdate")).isEmpty();
		Branding branding = this.werkplaatsen.findBySlug("werkplaats-terschelling").orElseThrow().branding();
		assertThat(branding.website()).isNull();
		assertThat(branding.tagline()).isEqualTo("Digitaal op het eiland");
	}

	@Test
	void frontendClientsAreForTheWerkplaatsAdminsAndNetworkCoordinatorsOnly() {
		String query = "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { frontendClients { clientId kind enabled } } }";

		assertThat(this.graphQl.execute(WOO_ADMIN, query)
			.<List<String>>path("$.data.werkplaats.frontendClients[*].clientId"))
			.containsExactlyInAnyOrder("werkplaats-online-ondernemen-frontend", "werkplaats-online-ondernemen-web");
		assertThat(this.graphQl.execute(NETWORK_COORDINATOR, query)
			.<List<String>>path("$.data.werkplaats.frontendClients[*].kind"))
			.containsExactlyInAnyOrder("PORTAL", "BROWSER");
		GraphQlClient.Response refused = this.graphQl.execute(TWENTE_ADMIN, query);
		assertThat(refused.<Object>path("$.data.werkplaats.frontendClients")).isNull();
		assertThat(refused.classifications()).containsExactly("FORBIDDEN");
	}

	private String created(String slug) {
		return this.graphQl.execute(NETWORK_COORDINATOR, """
				mutation($input: WerkplaatsCreateInput!) { werkplaatsCreate(input: $input) { werkplaats { id } } }""",
				Map.of("input", Map.of("slug", slug, "name", "Werkplaats " + slug, "demo", true)))
			.path("$.data.werkplaatsCreate.werkplaats.id");
	}

}
