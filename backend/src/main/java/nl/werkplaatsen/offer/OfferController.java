package nl.werkplaatsen.offer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.ecosystem.InitiativeNode;
import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.offer.OfferInputs.OfferCreateInput;
import nl.werkplaatsen.offer.OfferInputs.OfferPayload;
import nl.werkplaatsen.offer.OfferInputs.OfferUpdateInput;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The menu part of the GraphQL API.
 */
@Controller
class OfferController {

	private final OfferService service;

	private final WerkplaatsDirectory werkplaatsen;

	private final Initiatives initiatives;

	OfferController(OfferService service, WerkplaatsDirectory werkplaatsen, BatchLoaderRegistry batchLoaders,
			Initiatives initiatives) {
		this.service = service;
		this.initiatives = initiatives;
		this.werkplaatsen = werkplaatsen;
		// The menus of all werkplaatsen in one response load together: no query per
		// werkplaats.
		batchLoaders.<MenuRequest, Connection<Offer>>forName("offerMenus")
			.registerMappedBatchLoader((requests, environment) -> Mono.fromSupplier(() -> service.menus(requests)));
	}

	@SchemaMapping(typeName = "Werkplaats")
	CompletableFuture<Connection<Offer>> offers(Node werkplaats, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument boolean includeDrafts,
			DataLoader<MenuRequest, Connection<Offer>> offerMenus, DataFetchingEnvironment field) {
		return offerMenus
			.load(this.service.menuRequest(werkplaats, PageRequest.of(first, after, field), includeDrafts));
	}

	/** The initiative of the ecosystem map an offer belongs to, if it names one. */
	@BatchMapping
	Map<Offer, InitiativeNode> initiative(List<Offer> offers) {
		Map<java.util.UUID, InitiativeNode> byId = this.initiatives.nodes(offers.stream()
			.map(Offer::getInitiativeId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<Offer, InitiativeNode> result = new java.util.HashMap<>();
		offers.forEach((offer) -> {
			InitiativeNode initiative = (offer.getInitiativeId() != null) ? byId.get(offer.getInitiativeId()) : null;
			if (initiative != null) {
				result.put(offer, initiative);
			}
		});
		return result;
	}

	@BatchMapping
	Map<Offer, WerkplaatsNode> werkplaats(List<Offer> offers) {
		Map<java.util.UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(offers.stream().map(Offer::getWerkplaatsId).collect(Collectors.toSet()));
		return offers.stream()
			.collect(Collectors.toMap(Function.identity(), (offer) -> byId.get(offer.getWerkplaatsId())));
	}

	@MutationMapping
	OfferPayload offerCreate(@Argument OfferCreateInput input) {
		return this.service.create(input);
	}

	@MutationMapping
	OfferPayload offerUpdate(@Argument OfferUpdateInput input) {
		return this.service.update(input);
	}

}
