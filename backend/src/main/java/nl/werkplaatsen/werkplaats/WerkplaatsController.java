package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.audit.AuditLog;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsAmbitionSetInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsArchiveInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsCreateInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsPartnersSetInput;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsPayload;
import nl.werkplaatsen.werkplaats.WerkplaatsInputs.WerkplaatsUpdateInput;

/**
 * The werkplaats part of the GraphQL API.
 */
@Controller
class WerkplaatsController {

	private final Werkplaatsen directory;

	private final WerkplaatsService service;

	private final WerkplaatsDirectory nodes;

	WerkplaatsController(Werkplaatsen directory, WerkplaatsService service, WerkplaatsDirectory nodes,
			BatchLoaderRegistry batchLoaders) {
		batchLoaders.<UUID, List<Ambition>>forName("werkplaatsAmbitions")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> service.ambitionsOf(ids)));
		this.directory = directory;
		this.service = service;
		this.nodes = nodes;
	}

	/** The werkplaats whose work an audit entry records. */
	@BatchMapping(typeName = "AuditEntry")
	Map<AuditLog.Entry, WerkplaatsNode> werkplaats(List<AuditLog.Entry> entries) {
		Map<java.util.UUID, WerkplaatsNode> byId = this.nodes
			.nodes(entries.stream().map(AuditLog.Entry::werkplaatsId).collect(java.util.stream.Collectors.toSet()));
		return entries.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.function.Function.identity(),
					(entry) -> byId.get(entry.werkplaatsId())));
	}

	@QueryMapping
	Connection<Werkplaats> werkplaatsen(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment field) {
		return this.directory.list(PageRequest.of(first, after, field));
	}

	@QueryMapping
	@Nullable Werkplaats werkplaats(@Argument String slug) {
		return this.directory.findBySlug(slug).orElse(null);
	}

	@BatchMapping(typeName = "Werkplaats")
	Map<WerkplaatsNode, List<ConsortiumPartner>> partners(List<WerkplaatsNode> werkplaatsen) {
		return this.service.partnersOf(werkplaatsen);
	}

	@SchemaMapping(typeName = "Werkplaats")
	CompletableFuture<List<Ambition>> ambitions(WerkplaatsNode werkplaats,
			DataLoader<UUID, List<Ambition>> werkplaatsAmbitions) {
		if (!WerkplaatsService.mayReadAmbitions(werkplaats.getId())) {
			throw new AccessDeniedException("Only the werkplaats's staff and network coordinators see its ambitions");
		}
		return werkplaatsAmbitions.load(werkplaats.getId());
	}

	@MutationMapping
	WerkplaatsPayload werkplaatsCreate(@Argument WerkplaatsCreateInput input) {
		return this.service.create(input);
	}

	@MutationMapping
	WerkplaatsPayload werkplaatsUpdate(@Argument WerkplaatsUpdateInput input) {
		return this.service.update(input);
	}

	@MutationMapping
	WerkplaatsPayload werkplaatsArchive(@Argument WerkplaatsArchiveInput input) {
		return this.service.archive(input);
	}

	@MutationMapping
	WerkplaatsPayload werkplaatsPartnersSet(@Argument WerkplaatsPartnersSetInput input) {
		return this.service.setPartners(input);
	}

	@MutationMapping
	WerkplaatsPayload werkplaatsAmbitionSet(@Argument WerkplaatsAmbitionSetInput input) {
		return this.service.setAmbition(input);
	}

}
