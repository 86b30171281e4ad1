package nl.werkplaatsen.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.education.Programme;
import nl.werkplaatsen.education.Student;
import nl.werkplaatsen.education.Students;
import nl.werkplaatsen.intake.Intake;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationRegister;
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

	MatchingController(OfferCatalogue offers, OrganisationRegister register, TrajectCapacity capacity,
			Students students) {
		this.students = students;
		this.offers = offers;
		this.register = register;
		this.capacity = capacity;
	}

	@SchemaMapping
	List<StudentSuggestion> studentSuggestions(Intake intake, @Argument @Nullable Integer first) {
		List<Student> all = this.students.ofCallersWerkplaats()
			.stream()
			.filter((student) -> student.getWerkplaatsId().equals(intake.getWerkplaatsId()))
			.toList();
		Map<UUID, Programme> programmes = this.students
			.programmes(all.stream().map(Student::getProgrammeId).collect(java.util.stream.Collectors.toSet()));
		return StudentMatcher.rank(intake, all, programmes, this.capacity.activePerStudent())
			.stream()
			.limit(PageRequest.of(first, null).first())
			.toList();
	}

	@SchemaMapping
	List<OfferSuggestion> offerSuggestions(Intake intake, @Argument @Nullable Integer first) {
		int limit = PageRequest.of(first, null).first();
		return OfferMatcher
			.rank(intake, this.register.find(intake.getOrganisationId()).orElse(null),
					this.offers.publishedOffersOf(intake.getWerkplaatsId()),
					this.capacity.activePerOffer(intake.getWantedPeriod()))
			.stream()
			.limit(limit)
			.toList();
	}

}
