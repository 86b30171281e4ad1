package nl.werkplaatsen.network;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.network.AccountManagement.SetInput;
import nl.werkplaatsen.network.AccountManagement.SetPayload;
import nl.werkplaatsen.network.Journeys.AccountManager;
import nl.werkplaatsen.network.Journeys.JourneyPage;
import nl.werkplaatsen.network.Journeys.Touchpoint;
import nl.werkplaatsen.network.NextSteps.NextStep;
import nl.werkplaatsen.network.NextSteps.Profile;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationNode;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.network.Journeys.JourneyAsked;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.Connection.Edge;
import nl.werkplaatsen.platform.graphql.Connection.PageInfo;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.taxonomy.Theme;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.team.TeamMember;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * Shared account management in the GraphQL API: an organisation's journey through the
 * network with its account manager, naming the account manager, and next steps.
 */
@Controller
class JourneyController {

	/** At most this many next steps. */
	static final int MAX_NEXT_STEPS = 20;

	private final Journeys journeys;

	private final AccountManagement accountManagement;

	private final OfferCatalogue offers;

	private final WerkplaatsDirectory werkplaatsen;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	private final Initiatives initiatives;

	private final OrganisationRegister register;

	JourneyController(Journeys journeys, AccountManagement accountManagement, OfferCatalogue offers,
			WerkplaatsDirectory werkplaatsen, TeamDirectory teams, Tenancy tenancy, Initiatives initiatives,
			OrganisationRegister register, BatchLoaderRegistry batchLoaders) {
		batchLoaders.<JourneyAsked, JourneyConnection>forName("organisationJourneys")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> journeys(asked)));
		this.register = register;
		this.initiatives = initiatives;
		this.journeys = journeys;
		this.accountManagement = accountManagement;
		this.offers = offers;
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
		this.tenancy = tenancy;
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<JourneyConnection> journey(OrganisationNode organisation, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment field,
			DataLoader<JourneyAsked, JourneyConnection> organisationJourneys) {
		return organisationJourneys.load(new JourneyAsked(organisation.getId(), PageRequest.of(first, after, field)));
	}

	private Map<JourneyAsked, JourneyConnection> journeys(Set<JourneyAsked> asked) {
		Map<JourneyAsked, JourneyPage> pages = this.journeys.pages(asked);
		Map<UUID, WerkplaatsNode> names = this.werkplaatsen.nodes(
				pages.values()
					.stream()
					.flatMap((page) -> Stream.concat(
							page.touchpoints()
								.nodes()
								.stream()
								.flatMap((touchpoint) -> Stream.of(touchpoint.werkplaatsId(),
										touchpoint.toWerkplaatsId())),
							Stream.of((page.accountManager() != null) ? page.accountManager().werkplaatsId() : null)))
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet()));
		Map<JourneyAsked, JourneyConnection> result = new java.util.HashMap<>();
		pages.forEach((one, page) -> {
			Connection<TouchpointView> views = page.touchpoints()
				.map((touchpoint) -> new TouchpointView(touchpoint.kind(), names.get(touchpoint.werkplaatsId()),
						touchpoint.occurredAt(), touchpoint.status(), summary(touchpoint, names)));
			AccountManager manager = page.accountManager();
			result.put(one, new JourneyConnection(views.edges(), views.pageInfo(), views.totalCount(),
					(manager != null) ? new AccountManagerView(names.get(manager.werkplaatsId()), manager) : null));
		});
		return result;
	}

	/**
	 * What the touchpoint was, naming the offer, event or receiver: never people or
	 * notes.
	 */
	static String summary(Touchpoint touchpoint, Map<UUID, WerkplaatsNode> werkplaatsen) {
		return switch (touchpoint.kind()) {
			case INTAKE -> touchpoint.themes().isEmpty() ? "Hulpvraag" : "Hulpvraag over "
					+ touchpoint.themes().stream().map(Theme::dutch).collect(Collectors.joining(", "));
			case TRAJECT -> "Traject: " + ((touchpoint.title() != null) ? touchpoint.title() : "aanbod");
			case EVENT_ATTENDANCE -> "Evenement: " + touchpoint.title();
			case REFERRAL ->
				(touchpoint.toWerkplaatsId() != null && werkplaatsen.containsKey(touchpoint.toWerkplaatsId()))
						? "Doorverwezen naar " + werkplaatsen.get(touchpoint.toWerkplaatsId()).getName()
						: "Doorverwezen naar een initiatief";
			case MONITOR_RESPONSE -> "Monitor ingevuld";
		};
	}

	@SchemaMapping(typeName = "Organisation")
	List<NextStepView> nextSteps(OrganisationNode organisation, @Argument @Nullable Integer first) {
		int wanted = Math.clamp((first != null) ? first : 5, 1, MAX_NEXT_STEPS);
		List<Touchpoint> journey = this.journeys.all(organisation.getId());
		Set<Theme> themes = new HashSet<>();
		Set<nl.werkplaatsen.taxonomy.Obstacle> obstacles = new HashSet<>();
		Set<UUID> taken = new HashSet<>();
		for (Touchpoint touchpoint : journey) {
			themes.addAll(touchpoint.themes());
			obstacles.addAll(touchpoint.obstacles());
			if (touchpoint.offerId() != null) {
				taken.add(touchpoint.offerId());
			}
		}
		var offersByWerkplaats = this.tenancy.readNationally(this.offers::allPublishedByWerkplaats);
		Map<UUID, WerkplaatsNode> offering = this.werkplaatsen.nodes(offersByWerkplaats.keySet());
		var province = organisation.getAddress().province();
		Set<UUID> ownRegion = offering.values()
			.stream()
			.filter((werkplaats) -> province != null && werkplaats.getRegion().provinces().contains(province))
			.map(WerkplaatsNode::getId)
			.collect(Collectors.toSet());
		// Only active werkplaatsen's offers are a step to take.
		offersByWerkplaats.keySet()
			.removeIf((werkplaats) -> !offering.containsKey(werkplaats)
					|| offering.get(werkplaats).getStatus() != nl.werkplaatsen.werkplaats.WerkplaatsStatus.ACTIVE);
		List<MatchableInitiative> initiatives = (province != null) ? this.initiatives.activeIn(province) : List.of();
		return NextSteps
			.rank(new Profile(themes, obstacles, this.register.maturityKnownTo(organisation.getId()).orElse(null),
					organisation.getSbiSection(), taken), offersByWerkplaats, ownRegion, initiatives, wanted)
			.stream()
			.map((step) -> new NextStepView((step.offer() != null) ? step.offer().node() : null,
					(step.initiative() != null) ? step.initiative().node() : null,
					(step.werkplaatsId() != null) ? offering.get(step.werkplaatsId()) : null, step.score(),
					step.reasons(), step.ownRegion()))
			.toList();
	}

	@MutationMapping
	SetResult organisationAccountManagerSet(@Argument SetInput input) {
		SetPayload payload = this.accountManagement.set(input);
		AccountManager manager = payload.accountManager();
		return new SetResult((manager != null)
				? new AccountManagerView(
						this.werkplaatsen.nodes(List.of(manager.werkplaatsId())).get(manager.werkplaatsId()), manager)
				: null, payload.userErrors());
	}

	@SchemaMapping(typeName = "AccountManager")
	@Nullable WerkplaatsNode werkplaats(AccountManagerView manager) {
		return manager.werkplaats();
	}

	@SchemaMapping(typeName = "AccountManager")
	@Nullable TeamMember teamMember(AccountManagerView manager) {
		return this.teams.findAll(List.of(manager.manager().teamMemberId())).get(manager.manager().teamMemberId());
	}

	/**
	 * The result of naming an account manager, as the API shows it.
	 *
	 * @param accountManager the account manager now, null when rejected
	 * @param userErrors why nothing was changed
	 */
	record SetResult(@Nullable AccountManagerView accountManager,
			List<nl.werkplaatsen.platform.graphql.UserError> userErrors) {
	}

	/**
	 * A page of an organisation's journey, with its account manager.
	 *
	 * @param edges the touchpoints with their cursors
	 * @param pageInfo where the page is
	 * @param totalCount how many touchpoints the caller may see
	 * @param accountManager the account manager, if any
	 */
	record JourneyConnection(List<Edge<TouchpointView>> edges, PageInfo pageInfo, @Nullable Long totalCount,
			@Nullable AccountManagerView accountManager) {

		public List<TouchpointView> nodes() {
			return this.edges.stream().map(Edge::node).toList();
		}

	}

	/**
	 * A touchpoint as the API shows it.
	 *
	 * @param kind what it is
	 * @param werkplaats the werkplaats it is with
	 * @param occurredAt when
	 * @param status its status
	 * @param summary what it was, naming no people
	 */
	record TouchpointView(TouchpointKind kind, WerkplaatsNode werkplaats, Instant occurredAt, String status,
			String summary) {
	}

	/**
	 * An account manager as the API shows it.
	 *
	 * @param werkplaats the lead werkplaats
	 * @param manager who and since when
	 */
	record AccountManagerView(@Nullable WerkplaatsNode werkplaats, AccountManager manager) {

		public String name() {
			return this.manager.name();
		}

		public Instant since() {
			return this.manager.since();
		}

	}

	/**
	 * A next step as the API shows it.
	 *
	 * @param offer the offer, or null
	 * @param initiative the initiative, or null
	 * @param werkplaats the werkplaats offering the offer
	 * @param score 0 to 100
	 * @param reasons why, in Dutch
	 * @param ownRegion whether that werkplaats serves the organisation's province
	 */
	record NextStepView(@Nullable Node offer, @Nullable Node initiative, @Nullable WerkplaatsNode werkplaats, int score,
			List<String> reasons, boolean ownRegion) {
	}

}
