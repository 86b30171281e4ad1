package nl.werkplaatsen.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.offer.MatchableOffer;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.organisation.MatchableOrganisation;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.traject.TrajectCapacity;
import nl.werkplaatsen.traject.TrajectCapacity.ActiveOffers;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * {@code Intake.offerSuggestions}, {@code Intake.studentSuggestions} and
 * {@code Intake.initiativeSuggestions}: the werkplaats's published offers, its students
 * and the region's initiatives, ranked — for every intake of a list at once, in as many
 * statements as for one.
 */
@Controller
class MatchingController {

	private final OfferCatalogue offers;

	private final OrganisationRegister register;

	private final TrajectCapacity capacity;

	private final Students students;

	private final Intakes intakes;

	private final WerkplaatsDirectory werkplaatsen;

	private final Initiatives initiatives;

	MatchingController(Intakes intakes, OfferCatalogue offers, OrganisationRegister register, TrajectCapacity capacity,
			Students students, WerkplaatsDirectory werkplaatsen, Initiatives initiatives,
			BatchLoaderRegistry batchLoaders) {
		this.werkplaatsen = werkplaatsen;
		this.initiatives = initiatives;
		this.intakes = intakes;
		this.students = students;
		this.offers = offers;
		this.register = register;
		this.capacity = capacity;
		batchLoaders.<Asked, List<OfferSuggestion>>forName("offerSuggestions")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> offerSuggestions(asked)));
		batchLoaders.<Asked, List<StudentSuggestion>>forName("studentSuggestions")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> studentSuggestions(asked)));
		batchLoaders.<Asked, List<InitiativeSuggestion>>forName("initiativeSuggestions")
			.registerMappedBatchLoader((asked, environment) -> Mono.fromSupplier(() -> initiativeSuggestions(asked)));
	}

	@SchemaMapping(typeName = "Intake")
	CompletableFuture<List<StudentSuggestion>> studentSuggestions(Node intake, @Argument @Nullable Integer first,
			DataLoader<Asked, List<StudentSuggestion>> studentSuggestions) {
		return studentSuggestions.load(Asked.of(intake, first));
	}

	@SchemaMapping(typeName = "Intake")
	CompletableFuture<List<InitiativeSuggestion>> initiativeSuggestions(Node intake, @Argument @Nullable Integer first,
			DataLoader<Asked, List<InitiativeSuggestion>> initiativeSuggestions) {
		return initiativeSuggestions.load(Asked.of(intake, first));
	}

	@SchemaMapping(typeName = "Intake")
	CompletableFuture<List<OfferSuggestion>> offerSuggestions(Node intake, @Argument @Nullable Integer first,
			DataLoader<Asked, List<OfferSuggestion>> offerSuggestions) {
		return offerSuggestions.load(Asked.of(intake, first));
	}

	private Map<Asked, List<StudentSuggestion>> studentSuggestions(Set<Asked> asked) {
		Map<UUID, MatchableIntake> matchables = this.intakes.matchables(intakeIds(asked));
		if (matchables.isEmpty()) {
			return none(asked);
		}
		List<MatchableStudent> all = this.students.ofCallersWerkplaats();
		Map<UUID, Long> load = this.capacity.activePerStudent();
		return ranked(asked, matchables, (intake, limit) -> StudentMatcher.rank(intake,
				all.stream().filter((student) -> student.werkplaatsId().equals(intake.werkplaatsId())).toList(), load)
			.stream()
			.limit(limit)
			.toList());
	}

	private Map<Asked, List<OfferSuggestion>> offerSuggestions(Set<Asked> asked) {
		Map<UUID, MatchableIntake> matchables = this.intakes.matchables(intakeIds(asked));
		if (matchables.isEmpty()) {
			return none(asked);
		}
		Map<UUID, MatchableOrganisation> organisations = this.register
			.matchables(matchables.values().stream().map(MatchableIntake::organisationId).collect(Collectors.toSet()));
		Map<UUID, List<MatchableOffer>> published = new HashMap<>();
		matchables.values()
			.stream()
			.map(MatchableIntake::werkplaatsId)
			.distinct()
			.forEach((werkplaats) -> published.put(werkplaats, this.offers.publishedOffersOf(werkplaats)));
		ActiveOffers active = this.capacity.activeOffers();
		return ranked(asked, matchables,
				(intake, limit) -> OfferMatcher
					.rank(intake, organisations.get(intake.organisationId()), published.get(intake.werkplaatsId()),
							active.inPeriod(intake.wantedPeriod()))
					.stream()
					.limit(limit)
					.toList());
	}

	private Map<Asked, List<InitiativeSuggestion>> initiativeSuggestions(Set<Asked> asked) {
		Map<UUID, MatchableIntake> matchables = this.intakes.matchables(intakeIds(asked));
		if (matchables.isEmpty()) {
			return none(asked);
		}
		Map<UUID, MatchableOrganisation> organisations = this.register
			.matchables(matchables.values().stream().map(MatchableIntake::organisationId).collect(Collectors.toSet()));
		Map<UUID, WerkplaatsNode> werkplaatsNodes = this.werkplaatsen
			.nodes(matchables.values().stream().map(MatchableIntake::werkplaatsId).collect(Collectors.toSet()));
		Map<UUID, List<MatchableInitiative>> inRegion = new HashMap<>();
		werkplaatsNodes.forEach(
				(id, werkplaats) -> inRegion.put(id, this.initiatives.activeIn(werkplaats.getRegion().provinces())));
		return ranked(asked, matchables,
				(intake, limit) -> InitiativeMatcher
					.rank(intake, organisations.get(intake.organisationId()),
							inRegion.getOrDefault(intake.werkplaatsId(), List.of()))
					.stream()
					.limit(limit)
					.toList());
	}

	private static Set<UUID> intakeIds(Set<Asked> asked) {
		return asked.stream().map(Asked::intakeId).collect(Collectors.toSet());
	}

	private static <T> Map<Asked, List<T>> none(Set<Asked> asked) {
		return asked.stream().collect(Collectors.toMap((one) -> one, (one) -> List.of()));
	}

	private static <T> Map<Asked, List<T>> ranked(Set<Asked> asked, Map<UUID, MatchableIntake> matchables,
			BiFunction<MatchableIntake, Integer, List<T>> rank) {
		Map<Asked, List<T>> result = new HashMap<>();
		for (Asked one : asked) {
			MatchableIntake intake = matchables.get(one.intakeId());
			result.put(one, (intake != null) ? rank.apply(intake, one.first()) : List.of());
		}
		return result;
	}

	/**
	 * Suggestions asked for one intake.
	 *
	 * @param intakeId the intake
	 * @param first how many at most
	 */
	record Asked(UUID intakeId, int first) {

		static Asked of(Node intake, @Nullable Integer first) {
			return new Asked(intake.getId(), PageRequest.of(first, null).first());
		}

	}

}
