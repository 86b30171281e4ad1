package nl.werkplaatsen.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.education.MatchableStudent;
import nl.werkplaatsen.intake.Intakes;
import nl.werkplaatsen.intake.MatchableIntake;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
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

	MatchingController(Intakes intakes, OfferCatalogue offers, OrganisationRegister register, TrajectCapacity capacity,
			Students students) {
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
