package nl.werkplaatsen.werkplaats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.identity.IdentityProviderException;
import nl.werkplaatsen.identity.RealmClients;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FrontendClients.BoundClient;
import nl.werkplaatsen.platform.tenancy.FrontendClients;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy.Permission;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamInvitations;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.BrandingInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.ConsortiumPartnerInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.RegionInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsAmbitionSetInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsArchiveInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsContactInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsCreateInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsPartnersSetInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsPayload;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsUpdateInput;

/**
 * Creates, edits and archives werkplaatsen and their partners and ambitions: network
 * coordinators for every werkplaats, admins for their own. Invalid input yields user
 * errors and changes nothing.
 */
@Service
class WerkplaatsService {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private static final Pattern HOST = Pattern
		.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

	private static final int MAX_PARTNERS = 50;

	private final WerkplaatsRepository werkplaatsen;

	private final ConsortiumPartnerRepository partners;

	private final AmbitionRepository ambitions;

	private final Tenancy tenancy;

	private final FrontendClients frontendClients;

	private final RealmClients realmClients;

	WerkplaatsService(WerkplaatsRepository werkplaatsen, ConsortiumPartnerRepository partners,
			AmbitionRepository ambitions, Tenancy tenancy, FrontendClients frontendClients, RealmClients realmClients) {
		this.frontendClients = frontendClients;
		this.realmClients = realmClients;
		this.werkplaatsen = werkplaatsen;
		this.partners = partners;
		this.ambitions = ambitions;
		this.tenancy = tenancy;
	}

	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	@Transactional
	public WerkplaatsPayload create(WerkplaatsCreateInput input) {
		UserErrors errors = new UserErrors();
		Werkplaats werkplaats = prepare(input, errors);
		if (werkplaats == null) {
			return WerkplaatsPayload.rejected(errors.list());
		}
		return WerkplaatsPayload.of(this.werkplaatsen.save(werkplaats));
	}

	/**
	 * A new werkplaats from valid input, not yet saved; null (with user errors) for
	 * invalid input or a taken slug.
	 */
	@Nullable Werkplaats prepare(WerkplaatsCreateInput input, UserErrors errors) {
		String slug = errors.requiredText("slug", input.slug(), 63);
		errors.matches("slug", slug, SLUG,
				"lowercase letters, digits and single hyphens, e.g. digitale-werkplaats-zeeland");
		String name = errors.requiredText("name", input.name(), 200);
		Region region = region(errors, input.region());
		Contact contact = contact(errors, Contact.none(), input.contact());
		Branding branding = branding(errors, Branding.defaultFor((name != null) ? name : ""), input.branding());
		if (slug != null && this.werkplaatsen.existsBySlug(slug)) {
			errors.add(UserErrorCode.TAKEN, "slug", "A werkplaats with slug " + slug + " already exists.");
		}
		if (errors.any()) {
			return null;
		}
		return new Werkplaats(slug, name, region, contact, branding, input.demo());
	}

	@Transactional
	public WerkplaatsPayload update(WerkplaatsUpdateInput input) {
		Werkplaats werkplaats = editable(input.id());
		UserErrors errors = new UserErrors();
		String name = (input.name() != null) ? errors.requiredText("name", input.name(), 200) : null;
		Region region = (input.region() != null) ? region(errors, input.region()) : null;
		Contact contact = contact(errors, werkplaats.getContact(), input.contact());
		Branding branding = branding(errors, werkplaats.getBranding(), input.branding());
		expectVersion(errors, input.expectedVersion(), werkplaats.getVersion());
		if (!errors.any()) {
			followInKeycloak(werkplaats, branding, errors);
		}
		if (errors.any()) {
			return WerkplaatsPayload.rejected(errors.list());
		}
		if (name != null) {
			werkplaats.rename(name);
		}
		if (region != null) {
			werkplaats.serve(region);
		}
		werkplaats.reachableAt(contact);
		werkplaats.rebrand(branding);
		return WerkplaatsPayload.of(this.werkplaatsen.save(werkplaats));
	}

	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	public WerkplaatsPayload archive(WerkplaatsArchiveInput input) {
		Werkplaats found = this.werkplaatsen.findById(idOf(input.id()))
			.orElseThrow(() -> new NotFoundException("No werkplaats with this id"));
		// Acting for the werkplaats: row-level security lets only such a transaction
		// disable its clients.
		return this.tenancy.actFor(found.getId(), found.getSlug(), Permission.ADMINISTER, () -> {
			Werkplaats werkplaats = this.werkplaatsen.findById(found.getId()).orElseThrow();
			if (!werkplaats.isActive()) {
				return WerkplaatsPayload.rejected(
						new UserErrors().add(UserErrorCode.INVALID_STATE, "id", "This werkplaats is already archived.")
							.list());
			}
			List<String> clientIds = this.frontendClients.clientsOf(werkplaats.getId())
				.stream()
				.filter(BoundClient::enabled)
				.map(BoundClient::clientId)
				.toList();
			if (!clientIds.isEmpty()) {
				try {
					// Keycloak first: when it fails, nothing is archived and trying again
					// is safe.
					this.realmClients.setEnabled(clientIds, false);
				}
				catch (IdentityProviderException ex) {
					return WerkplaatsPayload.rejected(TeamInvitations.keycloakError(new UserErrors(), ex, "id").list());
				}
			}
			this.frontendClients.disableAll(werkplaats.getId(), werkplaats.getSlug());
			werkplaats.archive();
			return WerkplaatsPayload.of(this.werkplaatsen.save(werkplaats));
		});
	}

	/**
	 * Points the werkplaats's browser client in Keycloak at the new website and custom
	 * domain before they are saved; when Keycloak fails, the branding change is refused.
	 * The API's CORS reads them from the database per request.
	 */
	private void followInKeycloak(Werkplaats werkplaats, Branding branding, UserErrors errors) {
		List<String> origins = branding.origins();
		if (origins.equals(werkplaats.getBranding().origins())) {
			return;
		}
		for (BoundClient client : this.frontendClients.clientsOf(werkplaats.getId())) {
			if (client.kind() == FrontendClients.Kind.BROWSER && client.enabled()) {
				try {
					this.realmClients.allowOrigins(client.clientId(), origins);
				}
				catch (IdentityProviderException ex) {
					TeamInvitations.keycloakError(errors, ex, "branding");
				}
			}
		}
	}

	public WerkplaatsPayload setPartners(WerkplaatsPartnersSetInput input) {
		Werkplaats werkplaats = this.tenancy.readNationally(() -> editable(input.id()));
		UserErrors errors = new UserErrors();
		if (input.partners().size() > MAX_PARTNERS) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "partners",
					"A werkplaats has at most " + MAX_PARTNERS + " partners.");
		}
		List<ConsortiumPartner> replacement = new ArrayList<>();
		for (int i = 0; i < input.partners().size(); i++) {
			ConsortiumPartnerInput partner = input.partners().get(i);
			String field = "partners." + i;
			String name = errors.requiredText(field + ".name", partner.name(), 200);
			boolean education = partner.kind() == PartnerKind.EDUCATION_INSTITUTION;
			if (education && partner.educationLevel() == null) {
				errors.add(UserErrorCode.REQUIRED, field + ".educationLevel",
						"An education institution needs its level: MBO, HBO or WO.");
			}
			if (!education && partner.educationLevel() != null) {
				errors.add(UserErrorCode.INVALID_FORMAT, field + ".educationLevel",
						"Only education institutions have an education level.");
			}
			replacement.add(new ConsortiumPartner((name != null) ? name : "", partner.kind(), partner.educationLevel(),
					partner.role(), i));
		}
		if (errors.any()) {
			return WerkplaatsPayload.rejected(errors.list());
		}
		this.tenancy.actFor(werkplaats.getId(), werkplaats.getSlug(), Permission.ADMINISTER, () -> {
			this.partners.deleteByWerkplaatsId(werkplaats.getId());
			replacement.forEach(this.partners::save);
			return null;
		});
		return WerkplaatsPayload.of(werkplaats);
	}

	public WerkplaatsPayload setAmbition(WerkplaatsAmbitionSetInput input) {
		Werkplaats werkplaats = this.tenancy.readNationally(() -> editable(input.id()));
		UserErrors errors = new UserErrors();
		errors.range("year", input.year(), 2020, 2100);
		errors.range("reach", input.reach(), 0, 10_000_000);
		errors.range("trainings", input.trainings(), 0, 100_000);
		errors.range("trajecten", input.trajecten(), 0, 100_000);
		errors.range("students", input.students(), 0, 1_000_000);
		if (errors.any()) {
			return WerkplaatsPayload.rejected(errors.list());
		}
		this.tenancy.actFor(werkplaats.getId(), werkplaats.getSlug(), Permission.ADMINISTER, () -> {
			Ambition ambition = this.ambitions.findByWerkplaatsIdAndYear(werkplaats.getId(), input.year())
				.orElseGet(() -> new Ambition(input.year()));
			ambition.aimFor(input.reach(), input.trainings(), input.trajecten(), input.students());
			return this.ambitions.save(ambition);
		});
		return WerkplaatsPayload.of(werkplaats);
	}

	/** The partners of each werkplaats, in display order: public, read in one query. */
	Map<WerkplaatsNode, List<ConsortiumPartner>> partnersOf(List<WerkplaatsNode> werkplaatsen) {
		Set<UUID> ids = new HashSet<>();
		werkplaatsen.forEach((werkplaats) -> ids.add(werkplaats.getId()));
		List<ConsortiumPartner> all = this.tenancy.readNationally(() -> this.partners.findByWerkplaatsIds(ids));
		Map<WerkplaatsNode, List<ConsortiumPartner>> result = new java.util.LinkedHashMap<>();
		for (WerkplaatsNode werkplaats : werkplaatsen) {
			result.put(werkplaats,
					all.stream().filter((partner) -> partner.getWerkplaatsId().equals(werkplaats.getId())).toList());
		}
		return result;
	}

	/** The ambitions of a werkplaats, for its staff and network coordinators. */
	/**
	 * The yearly ambitions of these werkplaatsen, by werkplaats, for fields that checked
	 * the caller may see them ({@link #mayReadAmbitions}): one statement for a list.
	 */
	Map<UUID, List<Ambition>> ambitionsOf(Collection<UUID> werkplaatsIds) {
		Map<UUID, List<Ambition>> byWerkplaats = new HashMap<>();
		this.tenancy.readNationally(() -> this.ambitions.findOfWerkplaatsen(werkplaatsIds))
			.forEach((ambition) -> byWerkplaats.computeIfAbsent(ambition.getWerkplaatsId(), (id) -> new ArrayList<>())
				.add(ambition));
		werkplaatsIds.forEach((id) -> byWerkplaats.putIfAbsent(id, List.of()));
		return byWerkplaats;
	}

	/**
	 * Whether the caller sees a werkplaats's ambitions: its admins and coordinators, and
	 * network coordinators.
	 */
	static boolean mayReadAmbitions(UUID werkplaatsId) {
		Actor actor = Actor.current();
		return actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN, TeamRole.COORDINATOR) || actor.isNetworkCoordinator();
	}

	private Werkplaats editable(String globalId) {
		Werkplaats werkplaats = this.werkplaatsen.findById(idOf(globalId))
			.filter((found) -> found.isActive() || Actor.current().isNetworkCoordinator())
			.orElseThrow(() -> new NotFoundException("No werkplaats with this id"));
		Actor actor = Actor.current();
		if (!actor.isNetworkCoordinator() && !actor.hasTeamRoleIn(werkplaats.getId(), TeamRole.ADMIN)) {
			throw new AccessDeniedException("Only the werkplaats's admins and network coordinators edit it");
		}
		return werkplaats;
	}

	private static UUID idOf(String globalId) {
		return GlobalId.idOf(globalId, "Werkplaats")
			.orElseThrow(() -> new NotFoundException("No werkplaats with this id"));
	}

	private static void expectVersion(UserErrors errors, @Nullable Integer expected, long actual) {
		errors.expectedVersion("werkplaats", expected, actual);
	}

	private static Region region(UserErrors errors, @Nullable RegionInput input) {
		if (input == null) {
			return new Region(List.of(), List.of());
		}
		if (input.gemeenten().size() > 100) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "region.gemeenten", "At most 100 gemeenten.");
		}
		List<String> gemeenten = new ArrayList<>();
		for (int i = 0; i < input.gemeenten().size(); i++) {
			String gemeente = errors.requiredText("region.gemeenten." + i, input.gemeenten().get(i), 100);
			if (gemeente != null && !gemeenten.contains(gemeente)) {
				gemeenten.add(gemeente);
			}
		}
		return new Region(input.provinces().stream().distinct().toList(), gemeenten);
	}

	private static Contact contact(UserErrors errors, Contact current, @Nullable WerkplaatsContactInput input) {
		if (input == null) {
			return current;
		}
		String email = errors.optionalText("contact.email", given(input.email(), current.email()), 254);
		errors.matches("contact.email", email, InputFormats.EMAIL, "an email address such as info@werkplaats.nl");
		return new Contact(email, errors.optionalText("contact.phone", given(input.phone(), current.phone()), 40),
				errors.optionalText("contact.address", given(input.address(), current.address()), 300));
	}

	private static Branding branding(UserErrors errors, Branding current, @Nullable BrandingInput input) {
		if (input == null) {
			return current;
		}
		String logoUrl = errors.optionalText("branding.logoUrl", given(input.logoUrl(), current.logoUrl()), 2000);
		errors.httpUrl("branding.logoUrl", logoUrl);
		String primary = errors.optionalText("branding.primaryColor",
				given(input.primaryColor(), current.primaryColor()), 7);
		errors.hexColour("branding.primaryColor", primary);
		String secondary = errors.optionalText("branding.secondaryColor",
				given(input.secondaryColor(), current.secondaryColor()), 7);
		errors.hexColour("branding.secondaryColor", secondary);
		String website = errors.optionalText("branding.website", given(input.website(), current.website()), 2000);
		errors.httpUrl("branding.website", website);
		String customDomain = errors.optionalText("branding.customDomain",
				given(input.customDomain(), current.customDomain()), 253);
		if (customDomain != null) {
			customDomain = customDomain.toLowerCase(Locale.ROOT);
		}
		errors.matches("branding.customDomain", customDomain, HOST, "a host name such as werkplaats.example.nl");
		String surveyFormUrl = errors.optionalText("branding.surveyFormUrl",
				given(input.surveyFormUrl(), current.surveyFormUrl()), 2000);
		errors.httpUrl("branding.surveyFormUrl", surveyFormUrl);
		return new Branding(
				errors.optionalText("branding.displayName", given(input.displayName(), current.displayName()), 200),
				logoUrl, (primary != null) ? primary.toUpperCase(Locale.ROOT) : null,
				(secondary != null) ? secondary.toUpperCase(Locale.ROOT) : null,
				errors.optionalText("branding.tagline", given(input.tagline(), current.tagline()), 300), website,
				customDomain, surveyFormUrl);
	}

	/**
	 * The given value when the field was in the input (null clears), else the current
	 * one.
	 */
	private static @Nullable String given(@Nullable ArgumentValue<String> value, @Nullable String current) {
		return (value == null || value.isOmitted()) ? current : value.value();
	}

}
