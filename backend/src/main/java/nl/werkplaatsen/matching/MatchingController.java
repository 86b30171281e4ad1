package nl.werkplaatsen.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.intake.Intake;
import nl.werkplaatsen.offer.OfferCatalogue;
import nl.werkplaatsen.organisation.OrganisationRegister;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.traject.TrajectCapacity;

/**
 * {@code Intake.offerSuggestions}: every published offer of the intake's werkplaats,
 * ranked. Meant for one intake at a time (three statements per intake).
 */
@Controller
class MatchingController {

	private final OfferCatalogue offers;

	private final OrganisationRegister register;

	private final TrajectCapacity capacity;

	MatchingController(OfferCatalogue offers, OrganisationRegister register, TrajectCapacity capacity) {
		this.offers = offers;
		this.register = register;
		this.capacity = capacity;
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
