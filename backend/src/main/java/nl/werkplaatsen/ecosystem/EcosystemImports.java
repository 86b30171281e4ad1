package nl.werkplaatsen.ecosystem;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
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
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkplaatsen.platform.csv.CsvFile;
import nl.werkplaatsen.platform.csv.ImportErrors;

/**
 * Imports the ecosystem map from the three CSV files, all or nothing: counts the lines,
 * reads and checks them into staging tables in one transaction, and only when every line
 * is good makes the map what the files say — same ids updated, new ones added, missing
 * ones removed (or archived while something points to them). The progress and the outcome
 * are kept in the import's history from transactions of their own, so they can be read
 * while the import runs.
 */
@Service
class EcosystemImports {

	private static final Logger logger = LoggerFactory.getLogger(EcosystemImports.class);

	/**
	 * An import that has not reported progress for this long has died with its process.
	 */
	static final Duration SILENCE_BEFORE_FAILED = Duration.ofMinutes(2);

	private static final int PROGRESS_EVERY_ROWS = 2000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate importTransaction;

	private final TransactionTemplate historyTransaction;

	private final JsonMapper json;

	private final Clock clock;

	EcosystemImports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.importTransaction = new TransactionTemplate(transactions);
		this.historyTransaction = new TransactionTemplate(transactions);
		this.historyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Starts an import in the history; its id.
	 * @param dryRun whether it only checks the files
	 * @param subject who runs it: a Keycloak subject
	 * @param name who runs it, as the history shows it
	 */
	UUID begin(boolean dryRun, String subject, String name) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.historyTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into ecosystem_import (id, dry_run, status, phase, started_by_subject, started_by_name,
				  started_at, heartbeat_at)
				values (:id, :dryRun, 'RUNNING', 'COUNTING', :subject, :name, :now, :now)""")
			.param("id", id)
			.param("dryRun", dryRun)
			.param("subject", subject)
			.param("name", name)
			.param("now", java.sql.Timestamp.from(now))
			.update());
		return id;
	}

	/**
	 * Runs a begun import on the files, and records its outcome.
	 * @param id the import from {@link #begin}
	 * @param files a file for every part
	 * @param dryRun only check the files
	 * @return the outcome as recorded
	 */
	ImportRecord run(UUID id, Map<ImportPart, Path> files, boolean dryRun) {
		try {
			int total = files.values().stream().mapToInt(CsvFile::countRecords).sum();
			progress(id, "VALIDATING", 0, total);
			ImportErrors<ImportError> errors = new ImportErrors<>(ImportError::new);
			Map<ImportPart, Integer> counts = this.importTransaction
				.execute((transaction) -> importInTransaction(id, files, dryRun, total, errors, transaction));
			String status = !errors.isEmpty() ? "REJECTED" : dryRun ? "VALIDATED" : "COMPLETED";
			finish(id, status, total, Objects.requireNonNull(counts), errors);
		}
		catch (RuntimeException ex) {
			logger.error("Ecosystem import {} failed", id, ex);
			ImportErrors<ImportError> failure = new ImportErrors<>(ImportError::new);
			failure.add("", null, null, "The import failed on the server; nothing was changed. Try again later.");
			finish(id, "FAILED", null, Map.of(), failure);
		}
		return find(id).orElseThrow();
	}

	private Map<ImportPart, Integer> importInTransaction(UUID id, Map<ImportPart, Path> files, boolean dryRun,
			int total, ImportErrors<ImportError> errors,
			org.springframework.transaction.TransactionStatus transaction) {
		// One import at a time changes the map; a second waits for the first.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('ecosystem_import'))").query(Integer.class);
		Map<ImportPart, Integer> counts;
		ProgressReporter reporter = new ProgressReporter(id, total);
		if (dryRun) {
			counts = ImportReader.read(files, errors, ImportReader.Sink.NONE, reporter::rowDone);
		}
		else {
			createStagingTables();
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try (CopySink staging = new CopySink(connection)) {
				counts = ImportReader.read(files, errors, staging, reporter::rowDone);
			}
		}
		if (!errors.isEmpty() || dryRun) {
			transaction.setRollbackOnly();
			return counts;
		}
		progress(id, "WRITING", total, total);
		merge();
		return counts;
	}

	private void createStagingTables() {
		this.jdbc.sql("""
				create temporary table import_initiative (key text primary key, name text not null, province text,
				  description text not null) on commit drop""").update();
		this.jdbc.sql("""
				create temporary table import_activity (key text primary key, initiative_key text not null,
				  archetype text not null, province text, maturity text not null, reach_class text, effort_class text,
				  reach integer, title text not null, digitalisation_form text, obstacle text,
				  sectors varchar(1)[] not null) on commit drop""").update();
		this.jdbc.sql("""
				create temporary table import_provider (initiative_key text not null, name text not null,
				  role text not null) on commit drop""").update();
	}

	/** Makes the map what the staged files say, in SQL: nothing is pulled into Java. */
	private void merge() {
		// Temporary tables are never analysed by autovacuum; the joins below need the
		// sizes.
		this.jdbc.sql("analyze import_initiative, import_activity, import_provider").update();
		this.jdbc.sql("""
				insert into initiative as i (id, import_key, name, province, description)
				select gen_random_uuid(), s.key, s.name, s.province, s.description from import_initiative s
				on conflict (import_key) do update set name = excluded.name, province = excluded.province,
				  description = excluded.description, archived_at = null, updated_at = now(), version = i.version + 1
				where i.archived_at is not null
				  or (i.name, i.province, i.description) is distinct from (excluded.name, excluded.province,
				    excluded.description)""").update();
		this.jdbc.sql("""
				select * from ecosystem_remove_initiatives(array(
				  select i.id from initiative i where i.archived_at is null
				  and not exists (select 1 from import_initiative s where s.key = i.import_key)))""").query((row) -> {
		});
		this.jdbc.sql("""
				delete from ecosystem_activity a
				where not exists (select 1 from import_activity s where s.key = a.import_key)""").update();
		this.jdbc.sql("""
				insert into ecosystem_activity as a (id, import_key, initiative_id, archetype, province, maturity,
				  reach_class, effort_class, reach, title, digitalisation_form, obstacle, sectors)
				select gen_random_uuid(), s.key, i.id, s.archetype, s.province, s.maturity, s.reach_class,
				  s.effort_class, s.reach, s.title, s.digitalisation_form, s.obstacle, s.sectors
				from import_activity s join initiative i on i.import_key = s.initiative_key
				on conflict (import_key) do update set initiative_id = excluded.initiative_id,
				  archetype = excluded.archetype, province = excluded.province, maturity = excluded.maturity,
				  reach_class = excluded.reach_class, effort_class = excluded.effort_class, reach = excluded.reach,
				  title = excluded.title, digitalisation_form = excluded.digitalisation_form,
				  obstacle = excluded.obstacle, sectors = excluded.sectors
				where (a.initiative_id, a.archetype, a.province, a.maturity, a.reach_class, a.effort_class, a.reach,
				  a.title, a.digitalisation_form, a.obstacle, a.sectors) is distinct from (excluded.initiative_id,
				  excluded.archetype, excluded.province, excluded.maturity, excluded.reach_class,
				  excluded.effort_class, excluded.reach, excluded.title, excluded.digitalisation_form,
				  excluded.obstacle, excluded.sectors)""").update();
		this.jdbc.sql("""
				insert into provider (id, name) select gen_random_uuid(), n.name
				from (select distinct name from import_provider) n on conflict (name) do nothing""").update();
		this.jdbc.sql("""
				delete from initiative_provider ip where not exists (select 1 from import_provider s
				  join initiative i on i.import_key = s.initiative_key join provider p on p.name = s.name
				  where i.id = ip.initiative_id and p.id = ip.provider_id and s.role = ip.role)""").update();
		this.jdbc.sql("""
				insert into initiative_provider (initiative_id, provider_id, role)
				select i.id, p.id, s.role from import_provider s
				join initiative i on i.import_key = s.initiative_key join provider p on p.name = s.name
				on conflict do nothing""").update();
		this.jdbc.sql("""
				delete from provider p
				where not exists (select 1 from initiative_provider ip where ip.provider_id = p.id)""").update();
	}

	private void progress(UUID id, String phase, int done, @Nullable Integer total) {
		this.historyTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update ecosystem_import set phase = :phase, rows_done = :done, rows_total = :total, heartbeat_at = :now
				where id = :id""")
			.param("id", id)
			.param("phase", phase)
			.param("done", done)
			.param("total", total)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update());
	}

	private void finish(UUID id, String status, @Nullable Integer total, Map<ImportPart, Integer> counts,
			ImportErrors<ImportError> errors) {
		Instant now = this.clock.instant();
		this.historyTransaction.executeWithoutResult((transaction) -> this.jdbc.sql("""
				update ecosystem_import set status = :status, phase = 'DONE', rows_done = coalesce(:total, rows_done),
				  rows_total = coalesce(:total, rows_total), initiatives = :initiatives, activities = :activities,
				  providers = :providers, error_count = :errorCount, errors = cast(:errors as jsonb),
				  heartbeat_at = :now, finished_at = :now
				where id = :id""")
			.param("id", id)
			.param("status", status)
			.param("total", total)
			.param("initiatives", counts.get(ImportPart.INITIATIVES))
			.param("activities", counts.get(ImportPart.ACTIVITIES))
			.param("providers", counts.get(ImportPart.PROVIDERS))
			.param("errorCount", errors.count())
			.param("errors", this.json.writeValueAsString(errors.listed()))
			.param("now", java.sql.Timestamp.from(now))
			.update());
	}

	/** An import of the history, as it stands now. */
	Optional<ImportRecord> find(UUID id) {
		return this.historyTransaction.execute((status) -> this.jdbc.sql("select * from ecosystem_import where id = ?")
			.param(id)
			.query(this::record)
			.optional());
	}

	/** How many imports the history holds. */
	long total() {
		return Objects.requireNonNull(this.historyTransaction
			.execute((status) -> this.jdbc.sql("select count(*) from ecosystem_import").query(Long.class).single()));
	}

	/** The latest imports, newest first, after the given one (keyset). */
	List<ImportRecord> latest(@Nullable Instant afterStartedAt, @Nullable UUID afterId, int limit) {
		return this.historyTransaction.execute((status) -> this.jdbc.sql("""
				select * from ecosystem_import
				where (cast(:afterAt as timestamptz) is null or (started_at, id) < (cast(:afterAt as timestamptz),
				  cast(:afterId as uuid)))
				order by started_at desc, id desc limit :limit""")
			.param("afterAt", (afterStartedAt != null) ? java.sql.Timestamp.from(afterStartedAt) : null)
			.param("afterId", afterId)
			.param("limit", limit)
			.query(this::record)
			.list());
	}

	private ImportRecord record(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		String status = row.getString("status");
		Instant heartbeat = row.getTimestamp("heartbeat_at").toInstant();
		List<ImportError> errors = this.json.readValue(row.getString("errors"), new TypeReference<List<ImportError>>() {
		});
		if ("RUNNING".equals(status) && heartbeat.isBefore(this.clock.instant().minus(SILENCE_BEFORE_FAILED))) {
			status = "FAILED";
			errors = List.of(new ImportError("", null, null,
					"The import stopped reporting progress (its server stopped?); nothing was changed."));
		}
		Map<ImportPart, Integer> counts = new EnumMap<>(ImportPart.class);
		putIfPresent(counts, ImportPart.INITIATIVES, row, "initiatives");
		putIfPresent(counts, ImportPart.ACTIVITIES, row, "activities");
		putIfPresent(counts, ImportPart.PROVIDERS, row, "providers");
		java.sql.Timestamp finished = row.getTimestamp("finished_at");
		return new ImportRecord(row.getObject("id", UUID.class), status, row.getBoolean("dry_run"),
				row.getString("phase"), row.getInt("rows_done"), (Integer) row.getObject("rows_total"),
				counts.isEmpty() ? null : counts, row.getInt("error_count"), errors, row.getString("started_by_name"),
				row.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	private static void putIfPresent(Map<ImportPart, Integer> counts, ImportPart part, java.sql.ResultSet row,
			String column) throws java.sql.SQLException {
		Object value = row.getObject(column);
		if (value != null) {
			counts.put(part, (Integer) value);
		}
	}

	/** Reports the rows read now and then, not on every row. */
	private final class ProgressReporter {

		private final UUID id;

		private final int total;

		ProgressReporter(UUID id, int total) {
			this.id = id;
			this.total = total;
		}

		void rowDone(long done) {
			if (done % PROGRESS_EVERY_ROWS == 0) {
				progress(this.id, "VALIDATING", (int) Math.min(done, this.total), this.total);
			}
		}

	}

	/**
	 * An import as its history shows it.
	 *
	 * @param id the import
	 * @param status RUNNING, COMPLETED, VALIDATED (a dry run that found nothing wrong),
	 * REJECTED (errors found, nothing changed) or FAILED
	 * @param dryRun whether it only checked the files
	 * @param phase COUNTING, VALIDATING, WRITING or DONE
	 * @param rowsDone the lines read so far
	 * @param rowsTotal the lines of the three files; null until counted
	 * @param counts the lines read per file; null until done
	 * @param errorCount how many errors it found
	 * @param errors the first of them
	 * @param startedBy the name of who ran it
	 * @param startedAt when it began
	 * @param finishedAt when it ended
	 */
	record ImportRecord(UUID id, String status, boolean dryRun, String phase, int rowsDone, @Nullable Integer rowsTotal,
			@Nullable Map<ImportPart, Integer> counts, int errorCount, List<ImportError> errors, String startedBy,
			Instant startedAt, @Nullable Instant finishedAt) implements nl.werkplaatsen.platform.graphql.Node {

		@Override
		public UUID getId() {
			return this.id;
		}

		boolean isRunning() {
			return "RUNNING".equals(this.status);
		}

	}

}
