package nl.werkplaatsen.werkplaats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import nl.werkplaatsen.identity.Accounts.Account;
import nl.werkplaatsen.identity.Accounts;
import nl.werkplaatsen.identity.IdentityProviderException;
import nl.werkplaatsen.identity.RealmClients;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FrontendClients.BoundClient;
import nl.werkplaatsen.platform.tenancy.FrontendClients;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamInvitations.Invitee;
import nl.werkplaatsen.team.TeamInvitations;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.BrandingInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.RegionInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsContactInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsCreateInput;

/**
 * Onboards a werkplaats in one step: the werkplaats, its portal and browser clients in
 * Keycloak, and its first admin, invited. Keycloak is set up first, inside a transaction
 * that holds a lock on the slug; if anything fails, the new clients are deleted again and
 * nothing is saved, so a retry with the same slug starts clean.
 */
@Service
class WerkplaatsOnboarding {

	private static final Logger logger = LoggerFactory.getLogger(WerkplaatsOnboarding.class);

	private final WerkplaatsService werkplaatsService;

	private final WerkplaatsRepository werkplaatsen;

	private final TeamInvitations invitations;

	private final Accounts accounts;

	private final RealmClients realmClients;

	private final FrontendClients frontendClients;

	private final Tenancy tenancy;

	private final JdbcClient jdbc;

	private final String tokenUrl;

	WerkplaatsOnboarding(WerkplaatsService werkplaatsService, WerkplaatsRepository werkplaatsen,
			TeamInvitations invitations, Accounts accounts, RealmClients realmClients, FrontendClients frontendClients,
			Tenancy tenancy, JdbcClient jdbc,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
		this.werkplaatsService = werkplaatsService;
		this.werkplaatsen = werkplaatsen;
		this.invitations = invitations;
		this.accounts = accounts;
		this.realmClients = realmClients;
		this.frontendClients = frontendClients;
		this.tenancy = tenancy;
		this.jdbc = jdbc;
		this.tokenUrl = issuer + "/protocol/openid-connect/token";
	}

	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	public WerkplaatsOnboardPayload onboard(WerkplaatsOnboardInput input) {
		UserErrors errors = new UserErrors();
		Werkplaats werkplaats = this.werkplaatsService.prepare(new WerkplaatsCreateInput(input.slug(), input.name(),
				input.region(), input.contact(), input.branding(), false), errors);
		FirstAdminInput admin = input.firstAdmin();
		Invitee invitee = Invitee.validate(errors, "firstAdmin.", admin.email(), admin.name());
		if (werkplaats == null || invitee == null) {
			return WerkplaatsOnboardPayload.rejected(errors.list());
		}
		String portalClientId = werkplaats.getSlug() + "-frontend";
		String browserClientId = werkplaats.getSlug() + "-web";
		Onboarded onboarded = this.tenancy.actFor(werkplaats.getId(), werkplaats.getSlug(), Permission.ADMINISTER,
				() -> {
					// One onboarding per slug at a time: a second one waits, then finds
					// the slug
					// taken.
					this.jdbc.sql("select pg_advisory_xact_lock(hashtext('werkplaats-onboarding:' || :slug))")
						.param("slug", werkplaats.getSlug())
						.query()
						.singleValue();
					if (this.werkplaatsen.existsBySlug(werkplaats.getSlug())) {
						errors.add(UserErrorCode.TAKEN, "slug",
								"A werkplaats with slug " + werkplaats.getSlug() + " already exists.");
						return null;
					}
					if (this.frontendClients.isBound(portalClientId) || this.frontendClients.isBound(browserClientId)) {
						// Never take over (or, on failure, delete) a client another
						// werkplaats
						// uses.
						errors.add(UserErrorCode.TAKEN, "slug", "The client ids " + portalClientId + " and "
								+ browserClientId + " must be free; another werkplaats uses one of them.");
						return null;
					}
					String secret;
					try {
						secret = this.realmClients.ensurePortalClient(portalClientId, werkplaats.getName());
						this.realmClients.ensureBrowserClient(browserClientId, werkplaats.getName(),
								werkplaats.getBranding().origins());
					}
					catch (IdentityProviderException ex) {
						undo(portalClientId, browserClientId);
						TeamInvitations.keycloakError(errors, ex, "slug");
						return null;
					}
					Account account;
					try {
						account = this.accounts.findOrCreate(invitee.email(), invitee.firstName(), invitee.lastName());
					}
					catch (IdentityProviderException ex) {
						undo(portalClientId, browserClientId);
						TeamInvitations.keycloakError(errors, ex, "firstAdmin.email");
						return null;
					}
					try {
						this.werkplaatsen.saveAndFlush(werkplaats);
						this.frontendClients.bind(portalClientId, werkplaats.getId(), werkplaats.getSlug(),
								FrontendClients.Kind.PORTAL);
						this.frontendClients.bind(browserClientId, werkplaats.getId(), werkplaats.getSlug(),
								FrontendClients.Kind.BROWSER);
						TeamMember joined = this.invitations.join(werkplaats.getId(), werkplaats.getSlug(), account,
								invitee, TeamRole.ADMIN, errors);
						return new Onboarded(joined, account, secret);
					}
					catch (RuntimeException ex) {
						undo(portalClientId, browserClientId);
						throw ex;
					}
				});
		if (onboarded == null) {
			return WerkplaatsOnboardPayload.rejected(errors.list());
		}
		boolean sent = this.invitations.sendInvitationIfNeeded(onboarded.account(), werkplaats.getId(),
				werkplaats.getBranding().origins(), errors, "firstAdmin.email");
		return new WerkplaatsOnboardPayload(werkplaats, onboarded.joined(),
				new PortalClientCredentials(portalClientId, onboarded.secret(), this.tokenUrl), browserClientId, sent,
				errors.list());
	}

	/**
	 * A new secret for the werkplaats's portal client (its admins, network coordinators);
	 * the old one stops working at once.
	 */
	PortalClientSecretPayload rotatePortalSecret(String werkplaatsId) {
		Werkplaats werkplaats = GlobalId.idOf(werkplaatsId, "Werkplaats")
			.flatMap(this.werkplaatsen::findById)
			.filter(Werkplaats::isActive)
			.orElseThrow(() -> new NotFoundException("No active werkplaats with this id"));
		Actor actor = Actor.current();
		if (!actor.isNetworkCoordinator() && !actor.hasTeamRoleIn(werkplaats.getId(), TeamRole.ADMIN)) {
			throw new AccessDeniedException("Only the werkplaats's admins and network coordinators rotate its secret");
		}
		UserErrors errors = new UserErrors();
		BoundClient portal = this.frontendClients.clientsOf(werkplaats.getId())
			.stream()
			.filter((client) -> client.kind() == FrontendClients.Kind.PORTAL && client.enabled())
			.findFirst()
			.orElse(null);
		if (portal == null) {
			errors.add(UserErrorCode.NOT_FOUND, "werkplaatsId", "This werkplaats has no portal client.");
			return new PortalClientSecretPayload(null, errors.list());
		}
		try {
			String secret = this.realmClients.rotateSecret(portal.clientId());
			return new PortalClientSecretPayload(new PortalClientCredentials(portal.clientId(), secret, this.tokenUrl),
					List.of());
		}
		catch (IdentityProviderException ex) {
			return new PortalClientSecretPayload(null,
					TeamInvitations.keycloakError(errors, ex, "werkplaatsId").list());
		}
	}

	/**
	 * The clients of each werkplaats, in one query; null for a werkplaats the caller does
	 * not administer.
	 */
	Map<WerkplaatsNode, @Nullable List<BoundClient>> clientsOf(List<WerkplaatsNode> werkplaatsen) {
		Actor actor = Actor.current();
		List<WerkplaatsNode> administered = werkplaatsen.stream()
			.filter((werkplaats) -> actor.isNetworkCoordinator()
					|| actor.hasTeamRoleIn(werkplaats.getId(), TeamRole.ADMIN))
			.toList();
		Map<java.util.UUID, List<BoundClient>> clients = this.frontendClients
			.clientsOf(administered.stream().map(WerkplaatsNode::getId).toList());
		Map<WerkplaatsNode, @Nullable List<BoundClient>> result = new LinkedHashMap<>();
		werkplaatsen.forEach((werkplaats) -> result.put(werkplaats, clients.get(werkplaats.getId())));
		return result;
	}

	private void undo(String... clientIds) {
		try {
			this.realmClients.delete(List.of(clientIds));
		}
		catch (IdentityProviderException ex) {
			// Left behind without a werkplaats, they are found and reused by the retry.
			logger.warn("Could not delete the clients {} of a failed onboarding: {}", List.of(clientIds),
					ex.getMessage());
		}
	}

	private record Onboarded(TeamMember joined, Account account, String secret) {
	}

	record WerkplaatsOnboardInput(String slug, String name, @Nullable RegionInput region,
			@Nullable WerkplaatsContactInput contact, @Nullable BrandingInput branding, FirstAdminInput firstAdmin) {
	}

	record FirstAdminInput(String email, String name) {
	}

	/**
	 * What a server-side portal needs to obtain tokens; the secret is shown only here.
	 *
	 * @param clientId the client id
	 * @param clientSecret the secret
	 * @param tokenUrl where to ask for tokens by client credentials
	 */
	record PortalClientCredentials(String clientId, String clientSecret, String tokenUrl) {
	}

	record WerkplaatsOnboardPayload(@Nullable Werkplaats werkplaats, @Nullable TeamMember firstAdmin,
			@Nullable PortalClientCredentials portalClient, @Nullable String browserClientId, boolean invitationSent,
			List<UserError> userErrors) {

		static WerkplaatsOnboardPayload rejected(List<UserError> userErrors) {
			return new WerkplaatsOnboardPayload(null, null, null, null, false, userErrors);
		}

	}

	record PortalClientSecretPayload(@Nullable PortalClientCredentials portalClient, List<UserError> userErrors) {
	}

}
