package nl.werkplaatsen;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import nl.werkplaatsen.support.KeycloakServer;
import nl.werkplaatsen.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Team invitations and onboarding against the real Keycloak: the platform's service
 * account creates people and clients in the realm, people set a password and log in,
 * clients obtain tokens by client credentials.
 */
class TeamAndOnboardingEndToEndTests extends EndToEndTest {

	private static final String INVITE = """
			mutation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) {
			  teamMember { id role email pending } change { action newRole } invitationSent userErrors { code field message } } }""";

	private static final String REMOVE = """
			mutation($id: ID!) { teamMemberRemove(input: { teamMemberId: $id }) { change { action } userErrors { code } } }""";

	private static final String ONBOARD = """
			mutation($input: WerkplaatsOnboardInput!) { werkplaatsOnboard(input: $input) {
			  werkplaats { id slug status } firstAdmin { role email } browserClientId invitationSent
			  portalClient { clientId clientSecret tokenUrl } userErrors { code field message } } }""";

	private static final String INTAKES = "{ intakes(first: 5) { totalCount } }";

	private static final String ACCEPT = """
			mutation($input: TeamInvitationAcceptInput!) { teamInvitationAccept(input: $input) {
			  teamMember { role pending } userErrors { code field } } }""";

	@Test
	void anInvitedCoordinatorChoosesAPasswordActsForTheWerkplaatsAndIsRefusedOnceRemoved() throws Exception {
		String email = unique("coordinator");
		String admin = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-admin");

		HttpResponse<String> invited = post(admin, null, INVITE,
				Map.of("input", Map.of("email", email, "name", "Noor van Nieuwenhuis", "role", "COORDINATOR")));

		assertThat(JsonPath.<List<Object>>read(invited.body(), "$.data.teamMemberInvite.userErrors")).isEmpty();
		assertThat(JsonPath.<String>read(invited.body(), "$.data.teamMemberInvite.change.action")).isEqualTo("INVITED");
		assertThat(JsonPath.<Boolean>read(invited.body(), "$.data.teamMemberInvite.invitationSent")).isTrue();
		List<UserRepresentation> users = KeycloakServer.get().realm().users().searchByEmail(email, true);
		assertThat(users).singleElement().satisfies((user) -> {
			assertThat(user.getFirstName()).isEqualTo("Noor");
			assertThat(user.getLastName()).isEqualTo("van Nieuwenhuis");
		});
		MimeMessage invitation = await().until(() -> mailTo(email, ""), java.util.Objects::nonNull);
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(invitation)).contains("action-token");

		setPassword(users.getFirst().getId(), "Welkom-bij-WOO-2026");
		String token = KeycloakServer.get().passwordToken(email, "Welkom-bij-WOO-2026");
		HttpResponse<String> intakes = post(token, null, INTAKES, Map.of());
		assertThat(intakes.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(intakes.body(), "$.data.intakes.totalCount")).isPositive();

		String memberId = JsonPath.read(invited.body(), "$.data.teamMemberInvite.teamMember.id");
		HttpResponse<String> removed = post(admin, null, REMOVE, Map.of("id", memberId));
		assertThat(JsonPath.<String>read(removed.body(), "$.data.teamMemberRemove.change.action")).isEqualTo("REMOVED");
		// The same, still valid token: no team any more, so refused outright.
		HttpResponse<String> after = post(token, null, INTAKES, Map.of());
		assertThat(after.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<List<String>>read(after.body(), "$.errors[*].extensions.classification"))
			.containsExactly("FORBIDDEN");
		assertThat(post(token, "werkplaats-online-ondernemen", INTAKES, Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void invitingAgainIsSafeAndASecondWerkplaatsAddsAMembershipToTheSameAccount() throws Exception {
		String email = unique("expert");
		String admin = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-admin");
		Map<String, Object> input = Map.of("email", email.toUpperCase(java.util.Locale.ROOT), "name", "Eva Expert",
				"role", "EXPERT");

		HttpResponse<String> first = post(admin, null, INVITE, Map.of("input", input));
		HttpResponse<String> again = post(admin, null, INVITE, Map.of("input", input));
		HttpResponse<String> otherRole = post(admin, null, INVITE,
				Map.of("input", Map.of("email", email, "name", "Eva Expert", "role", "ADMIN")));
		String twenteId = JsonPath.read(
				post(null, null, "{ werkplaats(slug: \"digitale-werkplaats-twente\") { id } }", Map.of()).body(),
				"$.data.werkplaats.id");
		HttpResponse<String> twente = post(KeycloakServer.get().passwordToken("network-coordinator"), null, INVITE, Map
			.of("input", Map.of("werkplaatsId", twenteId, "email", email, "name", "Eva Expert", "role", "TEACHER")));

		assertThat(JsonPath.<String>read(again.body(), "$.data.teamMemberInvite.teamMember.id"))
			.isEqualTo(JsonPath.<String>read(first.body(), "$.data.teamMemberInvite.teamMember.id"));
		assertThat(JsonPath.<Object>read(again.body(), "$.data.teamMemberInvite.change")).isNull();
		assertThat(JsonPath.<List<String>>read(otherRole.body(), "$.data.teamMemberInvite.userErrors[*].code"))
			.containsExactly("TAKEN");
		assertThat(JsonPath.<String>read(twente.body(), "$.data.teamMemberInvite.change.newRole")).isEqualTo("TEACHER");
		List<UserRepresentation> accounts = KeycloakServer.get().realm().users().searchByEmail(email, true);
		assertThat(accounts).hasSize(1);
		setPassword(accounts.getFirst().getId(), "Twee-werkplaatsen-1");
		String token = KeycloakServer.get().passwordToken(email, "Twee-werkplaatsen-1");
		HttpResponse<String> viewer = post(token, null, "{ viewer { memberships { role werkplaats { slug } } } }",
				Map.of());
		assertThat(JsonPath.<List<String>>read(viewer.body(), "$.data.viewer.memberships[*].werkplaats.slug"))
			.containsExactlyInAnyOrder("werkplaats-online-ondernemen", "digitale-werkplaats-twente");
	}

	@Test
	void someoneWithAnAccountJoinsASecondTeamWithoutANewPasswordAndIsToldByEmail() throws Exception {
		String limburgId = JsonPath.read(
				post(null, null, "{ werkplaats(slug: \"mkb-datalab-limburg\") { id } }", Map.of()).body(),
				"$.data.werkplaats.id");
		String email = "mkb-digital-workspace-coordinator@example.nl";

		HttpResponse<String> invited = post(KeycloakServer.get().passwordToken("network-coordinator"), null, INVITE,
				Map.of("input", Map.of("werkplaatsId", limburgId, "email", email, "name", "Coördinator MKB Digital",
						"role", "COORDINATOR")));

		assertThat(JsonPath.<List<Object>>read(invited.body(), "$.data.teamMemberInvite.userErrors")).isEmpty();
		assertThat(JsonPath.<Boolean>read(invited.body(), "$.data.teamMemberInvite.invitationSent")).isFalse();
		assertThat(KeycloakServer.get().realm().users().searchByEmail(email, true)).hasSize(1);
		MimeMessage notice = await().until(() -> mailTo(email, "Welkom in het team van "), java.util.Objects::nonNull);
		assertThat(notice.getSubject()).contains("Limburg");
		String token = KeycloakServer.get().passwordToken("mkb-digital-workspace-coordinator");
		assertThat(post(token, "mkb-datalab-limburg", INTAKES, Map.of()).statusCode()).isEqualTo(200);
		assertThat(post(token, "mkb-digital-workspace", INTAKES, Map.of()).statusCode()).isEqualTo(200);

		post(KeycloakServer.get().passwordToken("network-coordinator"), null, REMOVE,
				Map.of("id", JsonPath.read(invited.body(), "$.data.teamMemberInvite.teamMember.id")));
	}

	@Test
	void anAddressAnAccountMerelyClaimsNeverBringsItSomeoneElsesMembership() throws Exception {
		// The takeover as reported: a student of WOO gives their account the address
		// Twente's admin is about to invite as ADMIN, unverified.
		String student = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-student");
		UserRepresentation account = KeycloakServer.get()
			.realm()
			.users()
			.search("werkplaats-online-ondernemen-student", true)
			.getFirst();
		String ownAddress = account.getEmail();
		String victim = unique("twente-beheerder");
		account.setEmail(victim);
		account.setEmailVerified(false);
		KeycloakServer.get().realm().users().get(account.getId()).update(account);
		try {
			HttpResponse<String> invited = post(KeycloakServer.get().passwordToken("digitale-werkplaats-twente-admin"),
					null, INVITE, Map.of("input", Map.of("email", victim, "name", "Bea Beheer", "role", "ADMIN")));

			assertThat(JsonPath.<List<Object>>read(invited.body(), "$.data.teamMemberInvite.userErrors")).isEmpty();
			assertThat(post(KeycloakServer.get().passwordToken("digitale-werkplaats-twente-admin"), null,
					"query($id: ID!) { node(id: $id) { ... on TeamMember { pending role } } }",
					Map.of("id", JsonPath.read(invited.body(), "$.data.teamMemberInvite.teamMember.id")))
				.body()).contains("\"pending\":true");
			HttpResponse<String> twenteIntakes = post(student, "digitale-werkplaats-twente", INTAKES, Map.of());
			assertThat(twenteIntakes.statusCode()).isEqualTo(403);
			HttpResponse<String> viewer = post(student, null, "{ viewer { memberships { werkplaats { slug } } } }",
					Map.of());
			assertThat(JsonPath.<List<String>>read(viewer.body(), "$.data.viewer.memberships[*].werkplaats.slug"))
				.containsExactly("werkplaats-online-ondernemen");
			HttpResponse<String> guessed = post(student, null, ACCEPT, Map.of("input", Map.of("token", "geraden")));
			assertThat(JsonPath.<List<String>>read(guessed.body(), "$.data.teamInvitationAccept.userErrors[*].code"))
				.containsExactly("LINK_INVALID");
			// The link goes to the address, where only its owner reads it.
			MimeMessage link = await().until(() -> mailTo(victim, "Uitnodiging voor het team van"),
					java.util.Objects::nonNull);
			assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(link)).contains("uitnodiging?token=");
		}
		finally {
			account.setEmail(ownAddress);
			account.setEmailVerified(true);
			KeycloakServer.get().realm().users().get(account.getId()).update(account);
		}
	}

	@Test
	void anUnverifiedAccountsInvitationCountsOnceItsOwnerAcceptsTheMailedLink() throws Exception {
		String email = unique("later-geverifieerd");
		UserRepresentation user = new UserRepresentation();
		user.setUsername(email);
		user.setEmail(email);
		user.setFirstName("Vera");
		user.setLastName("Verificatie");
		user.setEnabled(true);
		user.setEmailVerified(false);
		String userId;
		try (var created = KeycloakServer.get().realm().users().create(user)) {
			userId = org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(created);
		}
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue("Eigen-wachtwoord-1");
		credential.setTemporary(false);
		KeycloakServer.get().realm().users().get(userId).resetPassword(credential);

		HttpResponse<String> invited = post(KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-admin"),
				null, INVITE, Map.of("input", Map.of("email", email, "name", "Vera Verificatie", "role", "TEACHER")));
		MimeMessage link = await().until(() -> mailTo(email, "Uitnodiging voor het team van"),
				java.util.Objects::nonNull);
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([\\w-]+)")
			.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(link));
		assertThat(token.find()).isTrue();
		// Logging in makes Keycloak verify the address first (the realm requires it).
		UserRepresentation verified = KeycloakServer.get().realm().users().get(userId).toRepresentation();
		verified.setEmailVerified(true);
		KeycloakServer.get().realm().users().get(userId).update(verified);
		String own = KeycloakServer.get().passwordToken(email, "Eigen-wachtwoord-1");
		String other = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-teacher");

		assertThat(invited.body()).contains("\"pending\":true");
		// Pending: the invitee may call the API to accept, and reads nothing of the team.
		HttpResponse<String> beforeAccepting = post(own, null, INTAKES, Map.of());
		assertThat(JsonPath.<List<String>>read(beforeAccepting.body(), "$.errors[*].extensions.classification"))
			.as(beforeAccepting.body())
			.containsExactly("FORBIDDEN");
		assertThat(beforeAccepting.body()).doesNotContain("totalCount");
		assertThat(post(own, "werkplaats-online-ondernemen", INTAKES, Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> byAnother = post(other, null, ACCEPT, Map.of("input", Map.of("token", token.group(1))));
		assertThat(byAnother.body()).contains("LINK_INVALID");
		HttpResponse<String> accepted = post(own, null, ACCEPT, Map.of("input", Map.of("token", token.group(1))));
		assertThat(accepted.body()).contains("\"pending\":false");
		assertThat(post(own, null, "{ viewer { memberships { role } } }", Map.of()).body())
			.contains("\"role\":\"TEACHER\"");
		HttpResponse<String> again = post(own, null, ACCEPT, Map.of("input", Map.of("token", token.group(1))));
		assertThat(JsonPath.<List<String>>read(again.body(), "$.data.teamInvitationAccept.userErrors[*].code"))
			.containsExactly("LINK_INVALID");
	}

	@Test
	void anInvitationSentTwiceWithOneIdempotencyKeyRunsOnce() throws Exception {
		String email = unique("eenmaal");
		String admin = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-admin");
		Map<String, Object> input = Map.of("input", Map.of("email", email, "name", "Ed Eenmaal", "role", "EXPERT"));
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

		HttpResponse<String> first = post(admin, null, INVITE, input, key);
		HttpResponse<String> again = post(admin, null, INVITE, input, key);

		assertThat(JsonPath.<String>read(first.body(), "$.data.teamMemberInvite.change.action")).isEqualTo("INVITED");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
		// Without a replay the second invitation would have found the member and
		// recorded no change; with it, nothing ran: one invitation email only.
		await().until(() -> mailTo(email, ""), java.util.Objects::nonNull);
		Thread.sleep(500);
		assertThat(java.util.Arrays.stream(TestMail.server().getReceivedMessages())
			.filter((message) -> recipientIs(message, email))
			.count()).isOne();
	}

	private static boolean recipientIs(MimeMessage message, String address) {
		try {
			return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theRealmVerifiesAddressesAndEmailChanges() {
		assertThat(KeycloakServer.get().realm().toRepresentation().isVerifyEmail()).isTrue();
		assertThat(KeycloakServer.get().realm().flows().getRequiredAction("UPDATE_EMAIL").isEnabled()).isTrue();
	}

	@Test
	void whenOnlyTheInvitationEmailFailsTheMembershipStandsAndInvitingAgainSendsIt() throws Exception {
		String email = unique("geduld");
		String admin = KeycloakServer.get().passwordToken("werkplaats-online-ondernemen-admin");
		Map<String, Object> input = Map.of("email", email, "name", "Gerrit Geduld", "role", "TEACHER");
		HttpResponse<String> first;
		TestMail.stop();
		try {
			first = post(admin, null, INVITE, Map.of("input", input));
		}
		finally {
			TestMail.restart();
		}

		assertThat(JsonPath.<List<String>>read(first.body(), "$.data.teamMemberInvite.userErrors[*].code"))
			.containsExactly("INVITATION_NOT_SENT");
		assertThat(JsonPath.<String>read(first.body(), "$.data.teamMemberInvite.teamMember.role")).isEqualTo("TEACHER");
		assertThat(JsonPath.<Boolean>read(first.body(), "$.data.teamMemberInvite.invitationSent")).isFalse();

		HttpResponse<String> again = post(admin, null, INVITE, Map.of("input", input));

		assertThat(JsonPath.<List<Object>>read(again.body(), "$.data.teamMemberInvite.userErrors")).isEmpty();
		assertThat(JsonPath.<Boolean>read(again.body(), "$.data.teamMemberInvite.invitationSent")).isTrue();
		assertThat(JsonPath.<String>read(again.body(), "$.data.teamMemberInvite.teamMember.id"))
			.isEqualTo(JsonPath.<String>read(first.body(), "$.data.teamMemberInvite.teamMember.id"));
		assertThat(await().until(() -> mailTo(email, ""), java.util.Objects::nonNull)).isNotNull();
		assertThat(KeycloakServer.get().realm().users().searchByEmail(email, true)).hasSize(1);
	}

	@Test
	void anotherWerkplaatsAdminCannotInviteIntoItAndNoAccountIsCreated() throws Exception {
		String email = unique("indringer");
		String wooId = JsonPath.read(
				post(null, null, "{ werkplaats(slug: \"werkplaats-online-ondernemen\") { id } }", Map.of()).body(),
				"$.data.werkplaats.id");

		HttpResponse<String> response = post(KeycloakServer.get().passwordToken("digitale-werkplaats-twente-admin"),
				null, INVITE, Map.of("input",
						Map.of("werkplaatsId", wooId, "email", email, "name", "Ina Indringer", "role", "ADMIN")));

		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].extensions.classification"))
			.containsExactly("FORBIDDEN");
		assertThat(KeycloakServer.get().realm().users().searchByEmail(email, true)).isEmpty();
	}

	@Test
	void anOnboardedWerkplaatsPortalReadsItsDraftsFollowsBrandingRotatesAndIsRefusedOnceArchived() throws Exception {
		String network = KeycloakServer.get().passwordToken("network-coordinator");
		String adminEmail = unique("zeeland-admin");
		Map<String, Object> input = Map.of("slug", "werkplaats-walcheren", "name", "Werkplaats Walcheren", "region",
				Map.of("provinces", List.of("ZEELAND"), "gemeenten", List.of("Middelburg")), "branding",
				Map.of("website", "https://www.dwzeeland.example/over-ons"), "firstAdmin",
				Map.of("email", adminEmail, "name", "Zoë de Zeeuw"));

		HttpResponse<String> onboarded = post(network, null, ONBOARD, Map.of("input", input));

		assertThat(JsonPath.<List<Object>>read(onboarded.body(), "$.data.werkplaatsOnboard.userErrors")).isEmpty();
		String clientId = JsonPath.read(onboarded.body(), "$.data.werkplaatsOnboard.portalClient.clientId");
		String secret = JsonPath.read(onboarded.body(), "$.data.werkplaatsOnboard.portalClient.clientSecret");
		String werkplaatsId = JsonPath.read(onboarded.body(), "$.data.werkplaatsOnboard.werkplaats.id");
		assertThat(clientId).isEqualTo("werkplaats-walcheren-frontend");
		assertThat(JsonPath.<String>read(onboarded.body(), "$.data.werkplaatsOnboard.firstAdmin.role"))
			.isEqualTo("ADMIN");
		ClientRepresentation browser = KeycloakServer.get()
			.realm()
			.clients()
			.findByClientId("werkplaats-walcheren-web")
			.getFirst();
		assertThat(browser.isPublicClient()).isTrue();
		assertThat(browser.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
		assertThat(browser.getRedirectUris()).containsExactly("https://www.dwzeeland.example/*");
		assertThat(browser.getWebOrigins()).containsExactly("https://www.dwzeeland.example");

		// The invitation leads to the werkplaats's own website once the password is set.
		MimeMessage invitation = await().until(() -> mailTo(adminEmail, ""), java.util.Objects::nonNull);
		assertThat(actionTokenIn(invitation)).contains("\"azp\":\"werkplaats-walcheren-web\"")
			.contains("\"reduri\":\"https://www.dwzeeland.example/\"")
			.contains("\"rqac\":[\"UPDATE_PASSWORD\"]");

		// The first admin chooses a password, logs in and makes a draft offer.
		String adminId = KeycloakServer.get().realm().users().searchByEmail(adminEmail, true).getFirst().getId();
		setPassword(adminId, "Zeeland-eerste-admin");
		String admin = KeycloakServer.get().passwordToken(adminEmail, "Zeeland-eerste-admin");
		post(admin, null, "mutation($input: OfferCreateInput!) { offerCreate(input: $input) { offer { id } } }",
				Map.of("input", Map.of("title", "Zeeuwse webshopscan")));
		String portal = KeycloakServer.get().clientToken(clientId, secret);
		String menu = """
				{ werkplaats(slug: "werkplaats-walcheren") { offers(first: 10, includeDrafts: true) { nodes { title status } } } }""";
		assertThat(JsonPath.<List<String>>read(post(portal, null, menu, Map.of()).body(),
				"$.data.werkplaats.offers.nodes[*].status"))
			.containsExactly("DRAFT");

		// A custom domain reaches Keycloak's browser client and the API's CORS at once.
		post(admin, null,
				"mutation($input: WerkplaatsUpdateInput!) { werkplaatsUpdate(input: $input) { userErrors { code } } }",
				Map.of("input",
						Map.of("id", werkplaatsId, "branding", Map.of("customDomain", "werkplaats.zeeland.example"))));
		assertThat(KeycloakServer.get()
			.realm()
			.clients()
			.findByClientId("werkplaats-walcheren-web")
			.getFirst()
			.getRedirectUris()).contains("https://werkplaats.zeeland.example/*");
		assertThat(
				preflightFrom("https://werkplaats.zeeland.example").headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("https://werkplaats.zeeland.example");

		// Rotation: the old secret stops working, the new one works.
		HttpResponse<String> rotated = post(admin, null,
				"mutation($id: ID!) { werkplaatsPortalSecretRotate(input: { werkplaatsId: $id }) { portalClient { clientSecret } userErrors { code } } }",
				Map.of("id", werkplaatsId));
		String newSecret = JsonPath.read(rotated.body(),
				"$.data.werkplaatsPortalSecretRotate.portalClient.clientSecret");
		assertThat(KeycloakServer.get().clientTokenStatus(clientId, secret)).isEqualTo(401);
		assertThat(KeycloakServer.get().clientTokenStatus(clientId, newSecret)).isEqualTo(200);
		String rotatedToken = KeycloakServer.get().clientToken(clientId, newSecret);

		// Onboarding the same slug again is refused; the first stays as it is.
		assertThat(JsonPath.<List<String>>read(post(network, null, ONBOARD, Map.of("input", input)).body(),
				"$.data.werkplaatsOnboard.userErrors[*].code"))
			.containsExactly("TAKEN");

		HttpResponse<String> archived = post(network, null,
				"mutation($input: WerkplaatsArchiveInput!) { werkplaatsArchive(input: $input) { werkplaats { status } userErrors { code } } }",
				Map.of("input", Map.of("id", werkplaatsId)));

		assertThat(JsonPath.<String>read(archived.body(), "$.data.werkplaatsArchive.werkplaats.status"))
			.isEqualTo("ARCHIVED");
		assertThat(post(rotatedToken, null, menu, Map.of()).statusCode()).isEqualTo(403);
		assertThat(KeycloakServer.get().clientTokenStatus(clientId, newSecret)).isNotEqualTo(200);
		assertThat(post(admin, "werkplaats-walcheren", INTAKES, Map.of()).statusCode()).isEqualTo(403);
		// Its data stays for the network; the public no longer sees it.
		HttpResponse<String> kept = post(network, null, menu.replace("werkplaats(", "archived: werkplaats("), Map.of());
		assertThat(JsonPath.<List<String>>read(kept.body(), "$.data.archived.offers.nodes[*].title"))
			.containsExactly("Zeeuwse webshopscan");
		assertThat(JsonPath.<List<String>>read(
				post(null, null, "{ werkplaatsen(first: 100) { nodes { slug } } }", Map.of()).body(),
				"$.data.werkplaatsen.nodes[*].slug"))
			.doesNotContain("werkplaats-walcheren");
	}

	@Test
	void thePlatformServiceAccountHoldsOnlyTheRealmManagementRolesItNeeds() {
		var realm = KeycloakServer.get().realm();
		var client = realm.clients().findByClientId("werkplaats-platform-admin").getFirst();
		var serviceAccount = realm.clients().get(client.getId()).getServiceAccountUser();
		var realmManagement = realm.clients().findByClientId("realm-management").getFirst();

		var roles = realm.users().get(serviceAccount.getId()).roles();
		assertThat(roles.clientLevel(realmManagement.getId()).listAll())
			.extracting(org.keycloak.representations.idm.RoleRepresentation::getName)
			.containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "manage-clients", "view-clients",
					"query-clients");
		assertThat(roles.realmLevel().listAll())
			.extracting(org.keycloak.representations.idm.RoleRepresentation::getName)
			.doesNotContain("admin", "network-coordinator", "ministry-analyst");
	}

	@Test
	void aRetryAfterAnInterruptedOnboardingReusesTheClientLeftInKeycloak() throws Exception {
		// What a failed attempt may leave behind when Keycloak went away before cleaning
		// up.
		ClientRepresentation leftover = new ClientRepresentation();
		leftover.setClientId("werkplaats-goeree-frontend");
		leftover.setSecret("from-the-failed-attempt");
		leftover.setServiceAccountsEnabled(true);
		leftover.setPublicClient(false);
		KeycloakServer.get().realm().clients().create(leftover).close();

		HttpResponse<String> onboarded = post(KeycloakServer.get().passwordToken("network-coordinator"), null, ONBOARD,
				Map.of("input", Map.of("slug", "werkplaats-goeree", "name", "Werkplaats Goeree", "firstAdmin",
						Map.of("email", unique("goeree"), "name", "Gijs Goeree"))));

		assertThat(JsonPath.<List<Object>>read(onboarded.body(), "$.data.werkplaatsOnboard.userErrors")).isEmpty();
		String secret = JsonPath.read(onboarded.body(), "$.data.werkplaatsOnboard.portalClient.clientSecret");
		assertThat(KeycloakServer.get().realm().clients().findByClientId("werkplaats-goeree-frontend")).hasSize(1);
		assertThat(KeycloakServer.get().clientTokenStatus("werkplaats-goeree-frontend", "from-the-failed-attempt"))
			.isEqualTo(401);
		String token = KeycloakServer.get().clientToken("werkplaats-goeree-frontend", secret);
		HttpResponse<String> viewer = post(token, null, "{ viewer { werkplaats { slug } } }", Map.of());
		assertThat(JsonPath.<String>read(viewer.body(), "$.data.viewer.werkplaats.slug"))
			.isEqualTo("werkplaats-goeree");
	}

	private HttpResponse<String> preflightFrom(String origin) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void setPassword(String userId, String password) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		KeycloakServer.get().realm().users().get(userId).resetPassword(credential);
		// As the emailed link does: following it proves the address.
		UserRepresentation verified = KeycloakServer.get().realm().users().get(userId).toRepresentation();
		verified.setEmailVerified(true);
		KeycloakServer.get().realm().users().get(userId).update(verified);
	}

	private static MimeMessage mailTo(String address, String subjectStart) throws Exception {
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
					&& message.getSubject().startsWith(subjectStart)) {
				return message;
			}
		}
		return null;
	}

	/** The claims of the action token in an invitation email's link. */
	private static String actionTokenIn(MimeMessage invitation) {
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("action-token\\?key=[\\w-]+\\.([\\w-]+)\\.")
			.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(invitation));
		assertThat(key.find()).as("a link with an action token").isTrue();
		return new String(java.util.Base64.getUrlDecoder().decode(key.group(1)),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
	}

}
