package nl.werkplaatsen.platform.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.audit.AuditAction;
import nl.werkplaatsen.platform.audit.AuditLog;
import nl.werkplaatsen.platform.graphql.InputFormats;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;

/**
 * The privacy desk, kept by the network coordinators for the whole platform: an access
 * export of everything about one email address in every store and werkplaats (with the
 * audit entries about those records), and its erasure everywhere in one transaction.
 */
@Controller
class PersonalDataDesk {

	private final List<PersonalDataStore> stores;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	PersonalDataDesk(List<PersonalDataStore> stores, JdbcClient jdbc, Clock clock, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.stores = stores.stream().sorted(java.util.Comparator.comparingInt(PersonalDataStore::getOrder)).toList();
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Map<String, Object> personalDataExport(@Argument String email) {
		requirePrivacyDesk();
		String address = email.strip().toLowerCase(Locale.ROOT);
		Map<String, Object> stored = new LinkedHashMap<>();
		List<UUID> ids = new ArrayList<>();
		for (PersonalDataStore store : this.stores) {
			List<Map<String, Object>> records = store.export(address);
			stored.put(store.name(), records);
			records.stream()
				.map((record) -> record.get("id"))
				.filter((id) -> id != null)
				.forEach((id) -> ids.add(UUID.fromString(id.toString())));
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("email", address);
		export.put("exportedAt", this.clock.instant().toString());
		export.put("stores", stored);
		export.put("auditEntries", auditEntriesAbout(ids));
		return export;
	}

	@MutationMapping
	@Transactional
	ErasePayload personalDataErase(@Argument EraseInput input) {
		requirePrivacyDesk();
		UserErrors errors = new UserErrors();
		String address = errors.requiredText("email", input.email(), 254);
		errors.matches("email", address, InputFormats.EMAIL, "an email address such as jan@example.nl");
		if (errors.any() || address == null) {
			return new ErasePayload(List.of(), errors.list());
		}
		// One pseudonym for every record of the person: whoever was counted once stays
		// counted once.
		String pseudonym = "verwijderd-" + UUID.randomUUID() + "@invalid";
		String person = address.toLowerCase(Locale.ROOT);
		List<Erased> erased = new ArrayList<>();
		for (PersonalDataStore store : this.stores) {
			// Which records, in which werkplaats's log: read before they are erased.
			Map<UUID, UUID> records = new LinkedHashMap<>();
			store.export(person)
				.forEach((record) -> records.put(UUID.fromString(String.valueOf(record.get("id"))),
						UUID.fromString(String.valueOf(record.get("werkplaatsId")))));
			erased.add(new Erased(store.name(), store.erase(person, pseudonym)));
			this.auditLog.recordChange(store.entityType(), records, AuditAction.DELETED, List.of());
		}
		// Answers kept for idempotent retries may quote the person too.
		int replays = this.jdbc.sql("""
				delete from idempotency_record
				where position(lower(:email) in lower(convert_from(coalesce(body, ''), 'UTF8'))) > 0""")
			.param("email", address)
			.update();
		erased.add(new Erased("idempotentAnswers", replays));
		return new ErasePayload(erased, List.of());
	}

	private List<Map<String, Object>> auditEntriesAbout(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select occurred_at, action, entity_type, entity_id, fields, subject, caller_kind, role, request_id
				from audit_entry where entity_id = any(:ids) order by occurred_at, id""")
			.param("ids", ids.toArray(UUID[]::new))
			.query((row, index) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("occurredAt", row.getTimestamp("occurred_at").toInstant().toString());
				entry.put("action", row.getString("action"));
				entry.put("entityType", row.getString("entity_type"));
				entry.put("entityId", row.getString("entity_id"));
				entry.put("fields", List.of((String[]) row.getArray("fields").getArray()));
				entry.put("subjectId", row.getString("subject"));
				entry.put("callerKind", row.getString("caller_kind"));
				entry.put("role", row.getString("role"));
				entry.put("requestId", row.getString("request_id"));
				return entry;
			})
			.list();
	}

	private static void requirePrivacyDesk() {
		if (!Actor.current().isNetworkCoordinator()) {
			throw new AccessDeniedException(
					"Only the network coordinators (the platform's privacy desk) export or " + "erase a person's data");
		}
	}

	record EraseInput(@Nullable String email) {
	}

	record Erased(String store, int records) {
	}

	record ErasePayload(List<Erased> erased, List<UserError> userErrors) {
	}

}
