package nl.werkplaatsen.kpi;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkplaatsen.platform.csv.CsvFile;
import nl.werkplaatsen.platform.csv.ImportErrors;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Imports a werkplaats's past years from its spreadsheets, all or nothing: counts the
 * lines, reads and checks them into staging tables in one transaction acting for the
 * werkplaats, checks the references between the files and to earlier imports, and only
 * when every line is good hands the staged lines to the modules' import functions, which
 * add what is new and update what changed (so the same files twice change nothing). The
 * progress and the outcome are kept in the werkplaats's import history from transactions
 * of their own, so they can be read while the import runs.
 */
@Service
class HistoryImports {

	private static final Logger logger = LoggerFactory.getLogger(HistoryImports.class);

	/**
	 * An import that has not reported progress for this long has died with its process.
	 */
	static final Duration SILENCE_BEFORE_FAILED = Duration.ofMinutes(2);

	private static final int PROGRESS_EVERY_ROWS = 5000;

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	/**
	 * The references between files and to earlier imports, checked once all is staged.
	 */
	private static final List<String> REFERENCE_CHECKS = List.of(
			"""
					select 'trajecten' as part, h.line, 'kvk_number' as column_name,
					  '''' || h.kvk_number || ''' is in neither the organisations file nor the register: add it to organisations.'
					  as message
					from history_traject h
					where not exists (select 1 from history_organisation o where o.kvk_number = h.kvk_number)
					  and h.kvk_number not in (select r.kvk_number
					    from organisation_ids_by_kvk(array(select distinct kvk_number from history_traject)) r)""",
			"""
					select 'traject_students', h.line, 'traject_ref',
					  '''' || h.traject_ref || ''' is not the ref of a traject in the trajecten file or an earlier import.'
					from history_traject_student h
					where not exists (select 1 from history_traject t where t.ref = h.traject_ref)
					  and not exists (select 1 from traject_history_ref r where r.werkplaats_id = :werkplaats
					    and r.import_ref = h.traject_ref)""",
			"""
					select 'registrations', h.line, 'event_ref',
					  '''' || h.event_ref || ''' is not the ref of an event in the events file or an earlier import.'
					from history_registration h
					where not exists (select 1 from history_event e where e.ref = h.event_ref)
					  and not exists (select 1 from event_history_ref r where r.werkplaats_id = :werkplaats
					    and r.import_ref = h.event_ref)""",
			"""
					select 'monitor_responses', h.line, 'traject_ref',
					  '''' || h.traject_ref || ''' is not the ref of a traject in the trajecten file or an earlier import.'
					from history_monitor_response h
					where not exists (select 1 from history_traject t where t.ref = h.traject_ref)
					  and not exists (select 1 from traject_history_ref r where r.werkplaats_id = :werkplaats
					    and r.import_ref = h.traject_ref)""",
			"""
					select 'monitor_responses', h.line, 'instrument_key',
					  '''' || h.instrument_key || ''' is not the key of a version of the 1-meting, e.g. NL-1-METING-V1.'
					from history_monitor_response h
					where not exists (select 1 from monitor_version_key v where v.key = h.instrument_key
					  and v.instrument = 'ONE_MEASUREMENT')""");

	/** The modules' import functions, in the order their records depend on each other. */
	private static final List<String> MERGES = List.of("""
			select count(organisation_register(kvk_number, name, sbi_section, null, size_class, null, null, null, null,
			  null, province, null)) from history_organisation""", "select offer_import_history(:werkplaats)",
			"select intake_import_history(:werkplaats)", "select traject_import_history(:werkplaats)",
			"select student_import_history(:werkplaats)", "select traject_import_history_students(:werkplaats)",
			"select event_import_history(:werkplaats)", "select monitor_import_history(:werkplaats)");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Tenancy tenancy;

	private final TransactionTemplate importTransaction;

	private final TransactionTemplate historyTransaction;

	private final JsonMapper json;

	private final Clock clock;

	HistoryImports(JdbcClient jdbc, DataSource dataSource, Tenancy tenancy, PlatformTransactionManager transactions,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.tenancy = tenancy;
		this.importTransaction = new TransactionTemplate(transactions);
		this.importTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.historyTransaction = new TransactionTemplate(transactions);
		this.historyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Starts an import in the werkplaats's history, once the caller may administer it;
	 * its id.
	 */
	UUID begin(Werkplaats werkplaats, boolean dryRun, String subject, String name) {
		return acting(werkplaats, () -> {
			UUID id = UUID.randomUUID();
			Instant now = this.clock.instant();
			this.historyTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
					insert into history_import (id, werkplaats_id, dry_run, status, phase, started_by_subject,
					  started_by_name, started_at, heartbeat_at)
					values (:id, :werkplaats, :dryRun, 'RUNNING', 'COUNTING', :subject, :name, :now, :now)""")
				.param("id", id)
				.param("werkplaats", werkplaats.id())
				.param("dryRun", dryRun)
				.param("subject", subject)
				.param("name", name)
				.param("now", java.sql.Timestamp.from(now))
				.update());
			return id;
		});
	}

	/** Runs a begun import on the files, and records its outcome. */
	ImportRecord run(Werkplaats werkplaats, UUID id, Map<HistoryPart, Path> files, boolean dryRun) {
		return acting(werkplaats, () -> {
			try {
				int total = files.values().stream().mapToInt(CsvFile::countRecords).sum();
				progress(id, "VALIDATING", 0, total);
				ImportErrors<HistoryError> errors = new ImportErrors<>(HistoryError::new);
				Map<HistoryPart, Integer> counts = this.importTransaction
					.execute((transaction) -> importInTransaction(werkplaats, id, files, dryRun, total, errors,
							transaction));
				String status = !errors.isEmpty() ? "REJECTED" : dryRun ? "VALIDATED" : "COMPLETED";
				finish(id, status, total, Objects.requireNonNull(counts), errors);
			}
			catch (RuntimeException ex) {
				logger.error("History import {} failed", id, ex);
				ImportErrors<HistoryError> failure = new ImportErrors<>(HistoryError::new);
				failure.add("", null, null, "The import failed on the server; nothing was changed. Try again later.");
				finish(id, "FAILED", null, Map.of(), failure);
			}
			return find(werkplaats, id).orElseThrow();
		});
	}

	private Map<HistoryPart, Integer> importInTransaction(Werkplaats werkplaats, UUID id, Map<HistoryPart, Path> files,
			boolean dryRun, int total, ImportErrors<HistoryError> errors, TransactionStatus transaction) {
		// One import at a time per werkplaats; a second waits for the first.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('history_import:' || :werkplaats))")
			.param("werkplaats", werkplaats.id().toString())
			.query((row) -> {
			});
		for (HistoryPart part : HistoryPart.values()) {
			this.jdbc.sql(part.createStagingTable()).update();
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		long[] reported = { 0 };
		Map<HistoryPart, Integer> counts = HistoryReader.read(files, errors, connection,
				LocalDate.now(this.clock.withZone(DUTCH)), (done) -> {
					if (done - reported[0] >= PROGRESS_EVERY_ROWS) {
						reported[0] = done;
						progress(id, "VALIDATING", (int) Math.min(done, total), total);
					}
				});
		for (HistoryPart part : HistoryPart.values()) {
			this.jdbc.sql("analyze " + part.stagingTable()).update();
		}
		for (String check : REFERENCE_CHECKS) {
			this.jdbc.sql(check + " order by 2").param("werkplaats", werkplaats.id()).query((row) -> {
				errors.add(row.getString(1), row.getLong(2), row.getString(3), row.getString(4));
			});
		}
		if (!errors.isEmpty() || dryRun) {
			transaction.setRollbackOnly();
			return counts;
		}
		progress(id, "WRITING", total, total);
		for (String merge : MERGES) {
			this.jdbc.sql(merge).param("werkplaats", werkplaats.id()).query((row) -> {
			});
		}
		return counts;
	}

	private void progress(UUID id, String phase, int done, @Nullable Integer total) {
		this.historyTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update history_import set phase = :phase, rows_done = :done, rows_total = :total, heartbeat_at = :now
				where id = :id""")
			.param("id", id)
			.param("phase", phase)
			.param("done", done)
			.param("total", total)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update());
	}

	private void finish(UUID id, String status, @Nullable Integer total, Map<HistoryPart, Integer> counts,
			ImportErrors<HistoryError> errors) {
		Map<String, Integer> byName = new LinkedHashMap<>();
		counts.forEach((part, rows) -> byName.put(part.partName(), rows));
		this.historyTransaction.executeWithoutResult((transaction) -> this.jdbc.sql("""
				update history_import set status = :status, phase = 'DONE', rows_done = coalesce(:total, rows_done),
				  rows_total = coalesce(:total, rows_total), counts = cast(:counts as jsonb), error_count = :errorCount,
				  errors = cast(:errors as jsonb), heartbeat_at = :now, finished_at = :now
				where id = :id""")
			.param("id", id)
			.param("status", status)
			.param("total", total)
			.param("counts", this.json.writeValueAsString(byName))
			.param("errorCount", errors.count())
			.param("errors", this.json.writeValueAsString(errors.listed()))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update());
	}

	/** An import of the werkplaats's history, as it stands now. */
	Optional<ImportRecord> find(Werkplaats werkplaats, UUID id) {
		return acting(werkplaats,
				() -> this.jdbc.sql("select * from history_import where werkplaats_id = :werkplaats and id = :id")
					.param("werkplaats", werkplaats.id())
					.param("id", id)
					.query(this::record)
					.optional());
	}

	/** The werkplaats's latest imports, newest first. */
	List<ImportRecord> latest(Werkplaats werkplaats, int limit) {
		return acting(werkplaats,
				() -> this.jdbc.sql("""
						select * from history_import where werkplaats_id = :werkplaats
						order by started_at desc, id desc limit :limit""")
					.param("werkplaats", werkplaats.id())
					.param("limit", limit)
					.query(this::record)
					.list());
	}

	private <T> T acting(Werkplaats werkplaats, java.util.function.Supplier<T> work) {
		return this.tenancy.actFor(werkplaats.id(), werkplaats.slug(), Tenancy.Permission.ADMINISTER, work);
	}

	private ImportRecord record(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		String status = row.getString("status");
		Instant heartbeat = row.getTimestamp("heartbeat_at").toInstant();
		List<HistoryError> errors = this.json.readValue(row.getString("errors"),
				new TypeReference<List<HistoryError>>() {
				});
		if ("RUNNING".equals(status) && heartbeat.isBefore(this.clock.instant().minus(SILENCE_BEFORE_FAILED))) {
			status = "FAILED";
			errors = List.of(new HistoryError("", null, null,
					"The import stopped reporting progress (its server stopped?); nothing was changed."));
		}
		Map<String, Integer> counts = this.json.readValue(row.getString("counts"),
				new TypeReference<LinkedHashMap<String, Integer>>() {
				});
		java.sql.Timestamp finished = row.getTimestamp("finished_at");
		return new ImportRecord(row.getObject("id", UUID.class), status, row.getBoolean("dry_run"),
				row.getString("phase"), row.getInt("rows_done"), (Integer) row.getObject("rows_total"), counts,
				row.getInt("error_count"), errors, row.getString("started_by_name"),
				row.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	/**
	 * The werkplaats an import is for.
	 *
	 * @param id its id
	 * @param slug its slug
	 */
	record Werkplaats(UUID id, String slug) {
	}

	/**
	 * An import as the history shows it.
	 *
	 * @param importId the import
	 * @param status RUNNING, COMPLETED, VALIDATED (a dry run that found nothing wrong),
	 * REJECTED (errors found, nothing changed) or FAILED
	 * @param dryRun whether it only checked the files
	 * @param phase COUNTING, VALIDATING, WRITING or DONE
	 * @param rowsDone the lines read so far
	 * @param rowsTotal the lines of the files; null until counted
	 * @param counts the lines read per part, once read
	 * @param errorCount how many errors it found
	 * @param errors the first of them
	 * @param startedBy the name of who ran it
	 * @param startedAt when it began
	 * @param finishedAt when it ended
	 */
	record ImportRecord(UUID importId, String status, boolean dryRun, String phase, int rowsDone,
			@Nullable Integer rowsTotal, Map<String, Integer> counts, int errorCount, List<HistoryError> errors,
			String startedBy, Instant startedAt, @Nullable Instant finishedAt) {
	}

}
