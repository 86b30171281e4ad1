package nl.werkplaatsen.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.PageRequest;

/**
 * The audit log as modules use it: changes of {@link Audited} entities record themselves;
 * reads of a person's details by staff are recorded here, and the log is read here.
 */
@Service
public class AuditLog {

	private static final String COLUMNS = """
			id, werkplaats_id, subject, caller_kind, role, client_id, entity_type, entity_id, action, fields,
			request_id, occurred_at""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AuditLog(JdbcTemplate jdbcTemplate, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records that the current caller was shown the personal details of these records,
	 * each in the log of the werkplaats it belongs to (also for a network coordinator's
	 * national read): in the read's transaction when the database may write in it (a
	 * whole read request's), else in a transaction of its own.
	 * @param werkplaatsByRecord each record's werkplaats, by record id
	 */
	public void recordAccess(String entityType, Map<UUID, UUID> werkplaatsByRecord) {
		if (werkplaatsByRecord.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ReadsToRecord reads = (ReadsToRecord) TransactionSynchronizationManager.getResource(this);
			if (reads == null) {
				reads = new ReadsToRecord();
				TransactionSynchronizationManager.bindResource(this, reads);
				TransactionSynchronizationManager.registerSynchronization(reads);
			}
			reads.add(entityType, werkplaatsByRecord);
			return;
		}
		this.ownTransaction.executeWithoutResult(
				(status) -> recordChange(entityType, werkplaatsByRecord, AuditAction.READ, List.of()));
	}

	/**
	 * Records a change the current caller made outside Hibernate (in SQL) to records of
	 * one type, each in the log of the werkplaats it belongs to; in the current
	 * transaction, so it commits or rolls back with the change.
	 * @param werkplaatsByRecord each record's werkplaats, by record id
	 */
	public void recordChange(String entityType, Map<UUID, UUID> werkplaatsByRecord, AuditAction action,
			List<String> fields) {
		Map<UUID, List<UUID>> byWerkplaats = werkplaatsByRecord.entrySet()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getValue,
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
		this.jdbcTemplate.execute((ConnectionCallback<Void>) (connection) -> {
			for (Map.Entry<UUID, List<UUID>> werkplaats : byWerkplaats.entrySet()) {
				AuditRecorder.record(connection, werkplaats.getKey(), entityType, werkplaats.getValue(), action,
						fields);
			}
			return null;
		});
	}

	/**
	 * One page of the log, newest first, as row-level security shows it to the caller: a
	 * werkplaats's entries to its own work, all to a national reader.
	 */
	@Transactional(readOnly = true)
	Page page(PageRequest page, Filter filter) {
		String where = """
				(cast(:entityId as uuid) is null or entity_id = :entityId)
				and (cast(:subject as varchar) is null or subject = :subject)
				and (cast(:from as timestamptz) is null or occurred_at >= :from)
				and (cast(:to as timestamptz) is null or occurred_at < :to)""";
		List<Entry> entries = this.jdbc.sql("select " + COLUMNS + " from audit_entry where " + where + """
				and (occurred_at, id) < (:beforeAt, :beforeId) order by occurred_at desc, id desc limit :limit""")
			.param("entityId", filter.entityId())
			.param("subject", filter.subjectId())
			.param("from", (filter.from() != null) ? Timestamp.from(filter.from()) : null)
			.param("to", (filter.to() != null) ? Timestamp.from(filter.to()) : null)
			.param("beforeAt", Timestamp.from(page.instantBefore(0)))
			.param("beforeId", page.idBefore(1))
			.param("limit", page.limitPlusOne())
			.query(AuditLog::entry)
			.list();
		Long total = page.count(() -> this.jdbc.sql("select count(*) from audit_entry where " + where)
			.param("entityId", filter.entityId())
			.param("subject", filter.subjectId())
			.param("from", (filter.from() != null) ? Timestamp.from(filter.from()) : null)
			.param("to", (filter.to() != null) ? Timestamp.from(filter.to()) : null)
			.query(Long.class)
			.single());
		return new Page(entries, total);
	}

	/** One entry, if the caller may see it (row-level security decides). */
	@Transactional(readOnly = true)
	Optional<Entry> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from audit_entry where id = :id")
			.param("id", id)
			.query(AuditLog::entry)
			.optional();
	}

	private static Entry entry(ResultSet row, int index) throws SQLException {
		return new Entry(row.getObject("id", UUID.class), row.getObject("werkplaats_id", UUID.class),
				row.getString("subject"), row.getString("caller_kind"), row.getString("role"),
				row.getString("client_id"), row.getString("entity_type"), row.getObject("entity_id", UUID.class),
				AuditAction.valueOf(row.getString("action")), List.of((String[]) row.getArray("fields").getArray()),
				row.getString("request_id"), row.getTimestamp("occurred_at").toInstant());
	}

	/**
	 * What to show of the log.
	 *
	 * @param entityId one record only
	 * @param subjectId one caller only (their token subject)
	 * @param from entries at or after
	 * @param to entries before
	 */
	record Filter(@Nullable UUID entityId, @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {
	}

	/** A page of entries and how many match in all. */
	record Page(List<Entry> entries, @Nullable Long total) {
	}

	/** One audit entry, as the log shows it. */
	public record Entry(UUID id, UUID werkplaatsId, @Nullable String subjectId, String callerKind,
			@Nullable String role, @Nullable String clientId, String entityType, UUID entityId, AuditAction action,
			List<String> fields, @Nullable String requestId, Instant occurredAt) implements Node {

		@Override
		public UUID getId() {
			return this.id;
		}

	}

	/**
	 * The reads of one transaction, recorded as it commits, or after it in a transaction
	 * of their own when it rolls back: a failed field does not unsay what the others
	 * showed.
	 */
	private final class ReadsToRecord implements TransactionSynchronization {

		private final Map<String, Map<UUID, UUID>> byType = new java.util.LinkedHashMap<>();

		void add(String entityType, Map<UUID, UUID> werkplaatsByRecord) {
			this.byType.computeIfAbsent(entityType, (type) -> new java.util.LinkedHashMap<>())
				.putAll(werkplaatsByRecord);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			recordAll();
			this.byType.clear();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
			if (!this.byType.isEmpty()) {
				AuditLog.this.ownTransaction.executeWithoutResult((own) -> recordAll());
			}
		}

		private void recordAll() {
			this.byType.forEach((type, records) -> recordChange(type, records, AuditAction.READ, List.of()));
		}

	}

}
