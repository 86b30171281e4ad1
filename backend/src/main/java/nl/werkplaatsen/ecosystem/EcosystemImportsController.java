package nl.werkplaatsen.ecosystem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.ecosystem.EcosystemImports.ImportRecord;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * The history of ecosystem imports in the GraphQL API, for network coordinators: one
 * import with its progress while it runs, and the latest ones with who ran them.
 */
@Controller
class EcosystemImportsController implements NodeResolver<ImportRecord> {

	static final String TYPE_NAME = "EcosystemImport";

	private final EcosystemImports imports;

	EcosystemImportsController(EcosystemImports imports) {
		this.imports = imports;
	}

	@QueryMapping
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	Optional<ImportRecord> ecosystemImport(@Argument String id) {
		return GlobalId.idOf(id, TYPE_NAME).flatMap(this.imports::find);
	}

	@QueryMapping
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	Connection<ImportRecord> ecosystemImports(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment field) {
		PageRequest page = PageRequest.of(first, after, field);
		KeysetCursor cursor = page.after();
		List<ImportRecord> rows = this.imports.latest((cursor != null) ? cursor.instant(0) : null,
				(cursor != null) ? cursor.uuid(1) : null, page.limitPlusOne());
		return Connection.of(rows, page, () -> this.imports.total(),
				(record) -> KeysetCursor.of(record.startedAt(), record.id()));
	}

	@SchemaMapping(typeName = TYPE_NAME)
	EcosystemImportController.@Nullable Counts counts(ImportRecord record) {
		return EcosystemImportController.Counts.of(record.counts());
	}

	@Override
	public Optional<ImportRecord> find(UUID id) {
		return Actor.current().isNetworkCoordinator() ? this.imports.find(id) : Optional.empty();
	}

	@Override
	public String typeName() {
		return TYPE_NAME;
	}

}
