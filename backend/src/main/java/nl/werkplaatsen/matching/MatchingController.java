package nl.werkplaatsen.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.ecosystem.Initiatives.MatchableInitiative;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.werkplaats.Province;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;
import nl.werkplaatsen.traject.TrajectCapacity;

/**
 * {@code Intake.offerSuggestions} and {@code Intake.studentSuggestions}: the werkplaats's
 * published offers and its students, ranked. Meant for one intake at a time (a few
 * statements per intake).
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
			Students students, WerkplaatsDirectory werkplaatsen, Initiatives initiatives) {
		this.werkplaatsen = werkplaatsen;
		this.initiatives = initiatives;
		this.intakes = intakes;
		this.students = students;
		this.offers = offers;
		this.register = register;
		this.capacity = capacity;
	}

	@SchemaMapping(typeName = "Intake")
	List<StudentSuggestion> studentSuggestions(Node intake, @Argument @Nullable Integer first) {
		MatchableIntake matchable = this.intakes.matchable(intake.getId()).orElse(null);
		if (matchable == null) {
			return List.of();
		}
		List<MatchableStudent> all = this.students.ofCallersWerkplaats()
			.stream()
			.filter((student) -> student.werkplaatsId().equals(matchable.werkplaatsId()))
			.toList();
		return StudentMatcher.rank(matchable, all, this.capacity.activePerStudent())
			.stream()
			.limit(PageRequest.of(first, null).first())
			.toList();
	}

	@SchemaMapping(typeName = "Intake")
	List<InitiativeSuggestion> initiativeSuggestions(Node intake, @Argument @Nullable Integer first) {
		MatchableIntake matchable = this.intakes.matchable(intake.getId()).orElse(null);
		if (matchable == null) {
			return List.of();
		}
		WerkplaatsNode werkplaats = this.werkplaatsen.nodes(List.of(matchable.werkplaatsId()))
			.get(matchable.werkplaatsId());
		Map<UUID, MatchableInitiative> inRegion = new LinkedHashMap<>();
		for (Province province : (werkplaats != null) ? werkplaats.getRegion().provinces() : List.<Province>of()) {
			this.initiatives.activeIn(province)
				.forEach(
						(initiative) -> inRegion.merge(initiative.id(), initiative,
								(one, other) -> new MatchableInitiative(one.node(), one.id(), one.name(),
										java.util.stream.Stream
											.concat(one.activities().stream(), other.activities().stream())
											.toList())));
		}
		return InitiativeMatcher
			.rank(matchable, this.register.matchable(matchable.organisationId()).orElse(null),
					List.copyOf(inRegion.values()))
			.stream()
			.limit(PageRequest.of(first, null).first())
			.toList();
	}

	@SchemaMapping(typeName = "Intake")
	List<OfferSuggestion> offerSuggestions(Node intake, @Argument @Nullable Integer first) {
		MatchableIntake matchable = this.intakes.matchable(intake.getId()).orElse(null);
		if (matchable == null) {
			return List.of();
		}
		return OfferMatcher
			.rank(matchable, this.register.matchable(matchable.organisationId()).orElse(null),
					this.offers.publishedOffersOf(matchable.werkplaatsId()),
					this.capacity.activePerOffer(matchable.wantedPeriod()))
			.stream()
			.limit(PageRequest.of(first, null).first())
			.toList();
	}

}
