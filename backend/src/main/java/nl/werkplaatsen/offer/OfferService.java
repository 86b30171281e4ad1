package nl.werkplaatsen.offer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.offer.OfferDetails.TargetGroup;
import nl.werkplaatsen.offer.OfferDetails.TypicalDuration;
import nl.werkplaatsen.offer.OfferInputs.DurationInput;
import nl.werkplaatsen.offer.OfferInputs.OfferCreateInput;
import nl.werkplaatsen.offer.OfferInputs.OfferPayload;
import nl.werkplaatsen.offer.OfferInputs.OfferUpdateInput;
import nl.werkplaatsen.offer.OfferInputs.TargetGroupInput;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.NotFoundException;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The menu of each werkplaats: published offers for everybody, drafts for its staff, its
 * frontend client and network coordinators; created and edited by its admins and
 * coordinators.
 */
@Service
class OfferService implements NodeResolver<Offer> {

	/**
	 * Stands in for "no werkplaats" in an SQL {@code in} list, which may not be empty.
	 */
	private static final UUID NONE = new UUID(0, 0);

	private final OfferRepository offers;

	private final WerkplaatsDirectory werkplaatsen;

	private final Tenancy tenancy;

	private final Initiatives initiatives;

	OfferService(OfferRepository offers, WerkplaatsDirectory werkplaatsen, Tenancy tenancy, Initiatives initiatives) {
		this.initiatives = initiatives;
		this.offers = offers;
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
	}

	/**
	 * One page of each requested menu, in display order, with drafts only where the
	 * caller may see them: two statements for all first pages together, however many
	 * werkplaatsen are listed.
	 */
	Map<MenuRequest, Connection<Offer>> menus(Set<MenuRequest> requests) {
		// National and cross-tenant read: row-level security decides what is visible, the
		// queries
		// name the werkplaatsen and whether their drafts are wanted.
		return this.tenancy.readNationally(() -> {
			Map<MenuRequest, Connection<Offer>> menus = new HashMap<>();
			Map<Integer, List<MenuRequest>> firstPages = new HashMap<>();
			for (MenuRequest request : requests) {
				if (request.page().after() != null || requests.size() == 1) {
					menus.put(request, menuPage(request));
				}
				else {
					firstPages.computeIfAbsent(request.page().first(), (size) -> new ArrayList<>()).add(request);
				}
			}
			firstPages.forEach((size, sameSize) -> menus.putAll(firstMenuPages(size, sameSize)));
			return menus;
		});
	}

	/**
	 * What one {@code offers} field asks for; drafts only when the caller asked and may
	 * see them.
	 */
	MenuRequest menuRequest(Node werkplaats, PageRequest page, boolean includeDrafts) {
		return new MenuRequest(werkplaats.getId(), page, includeDrafts && maySeeDrafts(werkplaats.getId()));
	}

	private Connection<Offer> menuPage(MenuRequest request) {
		KeysetCursor after = request.page().after();
		int afterOrder = (after != null) ? after.integer(0) : -1;
		UUID afterId = (after != null) ? after.uuid(1) : new UUID(0, 0);
		return Connection.of(
				this.offers.findMenuPage(request.werkplaatsId(), request.drafts(), afterOrder, afterId,
						Limit.of(request.page().limitPlusOne())),
				request.page(), () -> this.offers.countMenu(request.werkplaatsId(), request.drafts()),
				OfferService::cursorOf);
	}

	private Map<MenuRequest, Connection<Offer>> firstMenuPages(int size, List<MenuRequest> requests) {
		Set<UUID> werkplaatsIds = new HashSet<>();
		Set<UUID> withDrafts = new HashSet<>(Set.of(NONE));
		for (MenuRequest request : requests) {
			werkplaatsIds.add(request.werkplaatsId());
			if (request.drafts()) {
				withDrafts.add(request.werkplaatsId());
			}
		}
		Map<UUID, List<Offer>> rows = new HashMap<>();
		this.offers.findFirstMenuPages(werkplaatsIds, withDrafts, size + 1)
			.forEach((offer) -> rows.computeIfAbsent(offer.getWerkplaatsId(), (id) -> new ArrayList<>()).add(offer));
		Map<UUID, Long> counts = new HashMap<>();
		if (requests.stream().anyMatch((request) -> request.page().countWanted())) {
			this.offers.countMenus(werkplaatsIds, withDrafts)
				.forEach((count) -> counts.put(count.getWerkplaatsId(), count.getOffers()));
		}
		Map<MenuRequest, Connection<Offer>> menus = new HashMap<>();
		for (MenuRequest request : requests) {
			menus.put(request,
					Connection.of(rows.getOrDefault(request.werkplaatsId(), List.of()), request.page(),
							request.page().countWanted() ? counts.getOrDefault(request.werkplaatsId(), 0L) : null,
							OfferService::cursorOf));
		}
		return menus;
	}

	private static KeysetCursor cursorOf(Offer offer) {
		return KeysetCursor.of(offer.getDisplayOrder(), offer.getId());
	}

	@Override
	public Optional<Offer> find(UUID id) {
		return this.tenancy.readNationally(() -> this.offers.findById(id))
			.filter((offer) -> maySeeDrafts(offer.getWerkplaatsId())
					|| (offer.isPublished() && this.werkplaatsen.find(offer.getWerkplaatsId()).isPresent()));
	}

	@Override
	public String typeName() {
		return "Offer";
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public OfferPayload create(OfferCreateInput input) {
		UUID werkplaatsId = Actor.current().werkplaatsId().orElseThrow();
		OfferFormat format = (input.format() != null) ? input.format() : OfferFormat.TRAJECT;
		TargetGroupInput targetGroup = input.targetGroup();
		UserErrors errors = new UserErrors();
		OfferDetails details = new OfferDetails(orEmpty(input.title()), orEmpty(input.description()),
				(input.archetype() != null) ? input.archetype() : OfferDetails.defaultArchetype(format),
				distinct(input.themes()), format, distinct(input.educationLevels()), duration(input.typicalDuration()),
				input.feeInCents(),
				(targetGroup != null) ? targetGroup(targetGroup, TargetGroup.everybody()) : TargetGroup.everybody(),
				distinct(input.obstacles()),
				(input.availablePeriods() != null) ? distinct(input.availablePeriods()) : OfferDetails.TEACHING_PERIODS,
				input.capacity(), (input.status() != null) ? input.status() : OfferStatus.DRAFT,
				(input.displayOrder() != null) ? input.displayOrder()
						: this.offers.findLastDisplayOrder(werkplaatsId) + 1);
		OfferDetails valid = validate(details, errors);
		UUID initiative = initiative(input.initiativeId(), errors);
		if (errors.any()) {
			return OfferPayload.rejected(errors.list());
		}
		Offer offer = new Offer(valid);
		offer.belongTo(initiative);
		return OfferPayload.of(this.offers.save(offer));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	public OfferPayload update(OfferUpdateInput input) {
		// The session is filtered to the caller's werkplaats: another werkplaats's offer
		// is not found.
		Offer offer = GlobalId.idOf(input.id(), "Offer")
			.flatMap(this.offers::findById)
			.orElseThrow(() -> new NotFoundException("No offer with this id in your werkplaats"));
		OfferDetails current = offer.details();
		UserErrors errors = new UserErrors();
		errors.expectedVersion("offer", input.expectedVersion(), offer.getVersion());
		OfferDetails changed = new OfferDetails((input.title() != null) ? input.title() : current.title(),
				(input.description() != null) ? input.description() : current.description(),
				(input.archetype() != null) ? input.archetype() : current.archetype(),
				(input.themes() != null) ? distinct(input.themes()) : current.themes(),
				(input.format() != null) ? input.format() : current.format(),
				(input.educationLevels() != null) ? distinct(input.educationLevels()) : current.educationLevels(),
				provided(input.typicalDuration()) ? duration(input.typicalDuration().value())
						: current.typicalDuration(),
				provided(input.feeInCents()) ? input.feeInCents().value() : current.feeInCents(),
				(input.targetGroup() != null) ? targetGroup(input.targetGroup(), current.targetGroup())
						: current.targetGroup(),
				(input.obstacles() != null) ? distinct(input.obstacles()) : current.obstacles(),
				(input.availablePeriods() != null) ? distinct(input.availablePeriods()) : current.availablePeriods(),
				provided(input.capacity()) ? input.capacity().value() : current.capacity(),
				(input.status() != null) ? input.status() : current.status(),
				(input.displayOrder() != null) ? input.displayOrder() : current.displayOrder());
		OfferDetails valid = validate(changed, errors);
		UUID initiative = provided(input.initiativeId()) ? initiative(input.initiativeId().value(), errors)
				: offer.getInitiativeId();
		if (errors.any()) {
			return OfferPayload.rejected(errors.list());
		}
		offer.revise(valid);
		offer.belongTo(initiative);
		return OfferPayload.of(this.offers.save(offer));
	}

	/** The active initiative of the map the input names, if it names one. */
	private @Nullable UUID initiative(@Nullable String initiativeId, UserErrors errors) {
		if (initiativeId == null) {
			return null;
		}
		Optional<UUID> found = GlobalId.idOf(initiativeId, "Initiative")
			.flatMap(this.initiatives::findActive)
			.map(Initiatives.InitiativeCard::id);
		if (found.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "initiativeId", "There is no initiative with this id on the map.");
			return null;
		}
		return found.get();
	}

	private boolean maySeeDrafts(UUID werkplaatsId) {
		Actor actor = Actor.current();
		return actor.hasTeamRoleIn(werkplaatsId, TeamRole.ADMIN, TeamRole.COORDINATOR)
				|| actor.isFrontendClientOf(werkplaatsId) || actor.isNetworkCoordinator();
	}

	private static OfferDetails validate(OfferDetails details, UserErrors errors) {
		String title = errors.requiredText("title", details.title(), 200);
		String description = errors.optionalText("description", details.description(), 5000);
		if (details.typicalDuration() != null) {
			errors.range("typicalDuration.amount", details.typicalDuration().amount(), 1, 1000);
		}
		Integer fee = details.feeInCents();
		errors.range("feeInCents", fee, 0, 10_000_000);
		List<String> sections = details.targetGroup().sbiSections();
		for (int i = 0; i < sections.size(); i++) {
			errors.matches("targetGroup.sbiSections." + i, sections.get(i), InputFormats.SBI_SECTION,
					"an SBI section letter A to U");
		}
		errors.range("capacity", details.capacity(), 1, 100_000);
		errors.range("displayOrder", details.displayOrder(), 0, 100_000);
		return new OfferDetails((title != null) ? title : "", (description != null) ? description : "",
				details.archetype(), details.themes(), details.format(), details.educationLevels(),
				details.typicalDuration(), (fee != null && fee == 0) ? null : fee, details.targetGroup(),
				details.obstacles(), details.availablePeriods(), details.capacity(), details.status(),
				details.displayOrder());
	}

	private static TargetGroup targetGroup(TargetGroupInput input, TargetGroup current) {
		return new TargetGroup((input.sizeClasses() != null) ? distinct(input.sizeClasses()) : current.sizeClasses(),
				(input.sbiSections() != null) ? distinct(
						input.sbiSections().stream().map((s) -> s.strip().toUpperCase(java.util.Locale.ROOT)).toList())
						: current.sbiSections(),
				(input.maturityLevels() != null) ? distinct(input.maturityLevels()) : current.maturityLevels());
	}

	private static @Nullable TypicalDuration duration(@Nullable DurationInput input) {
		return (input != null) ? new TypicalDuration(input.amount(), input.unit()) : null;
	}

	private static boolean provided(@Nullable ArgumentValue<?> value) {
		return value != null && !value.isOmitted();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static <T> List<T> distinct(@Nullable List<T> values) {
		return (values != null) ? values.stream().distinct().toList() : List.of();
	}

}
