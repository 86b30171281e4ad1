package nl.werkplaatsen.platform.audit;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * {@code auditEntries}: the log for a werkplaats's admins (their werkplaats) and network
 * coordinators (all), newest first.
 */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	Connection<AuditLog.Entry> auditEntries(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable AuditEntryFilter filter, DataFetchingEnvironment field) {
		if (!mayRead()) {
			throw new AccessDeniedException("Only a werkplaats's admins and network coordinators read the audit log");
		}
		PageRequest page = PageRequest.of(first, after, field);
		AuditLog.Page found = this.log.page(page, filterOf(filter));
		return Connection.of(found.entries(), page, found.total(),
				(entry) -> KeysetCursor.of(entry.occurredAt().toString(), entry.id()));
	}

	/**
	 * An entry by global id, for those who read the log (row-level security decides
	 * which).
	 */
	@Bean
	static NodeResolver<AuditLog.Entry> auditEntryNodes(AuditLog log) {
		return NodeResolver.of("AuditEntry", (id) -> mayRead() ? log.find(id) : Optional.empty());
	}

	private static boolean mayRead() {
		Actor actor = Actor.current();
		return actor.isNetworkCoordinator()
				|| actor.werkplaatsId().map((id) -> actor.hasTeamRoleIn(id, TeamRole.ADMIN)).orElse(false);
	}

	@SchemaMapping(typeName = "AuditEntry")
	String entityId(AuditLog.Entry entry) {
		return GlobalId.encode(entry.entityType(), entry.entityId());
	}

	private static AuditLog.Filter filterOf(@Nullable AuditEntryFilter filter) {
		if (filter == null) {
			return new AuditLog.Filter(null, null, null, null);
		}
		UUID entity = null;
		if (filter.entityId() != null) {
			entity = GlobalId.decode(filter.entityId())
				.map(GlobalId.Decoded::id)
				.orElseThrow(() -> new BadRequestException("filter", "entityId is not an id of this API"));
		}
		return new AuditLog.Filter(entity, filter.subjectId(),
				(filter.from() != null) ? filter.from().toInstant() : null,
				(filter.to() != null) ? filter.to().toInstant() : null);
	}

	/** {@code auditEntries}'s filter; all given must hold. */
	record AuditEntryFilter(@Nullable String entityId, @Nullable String subjectId, @Nullable OffsetDateTime from,
			@Nullable OffsetDateTime to) {
	}

}
