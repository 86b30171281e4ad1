package nl.werkplaatsen.kpi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import nl.werkplaatsen.kpi.HistoryImports.ImportRecord;
import nl.werkplaatsen.kpi.HistoryImports.Werkplaats;
import nl.werkplaatsen.platform.csv.Uploads;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * {@code POST /imports/history?werkplaats=<slug>}: a werkplaats's admin or a network
 * coordinator imports the werkplaats's past years from its spreadsheets (multipart parts
 * organisations, trajecten, traject_students, events, registrations, reach,
 * monitor_responses, each optional); {@code ?dryRun=true} only checks them. Answers when
 * done, or at once with {@code Prefer: respond-async}; {@code GET
 * /imports/history?werkplaats=} lists the latest imports with who ran them and {@code GET
 * /imports/history/{importId}?werkplaats=} one with its progress.
 */
@RestController
class HistoryImportController {

	private static final String ASYNC = "respond-async";

	private static final int LISTED = 20;

	private final HistoryImports imports;

	private final WerkplaatsDirectory werkplaatsen;

	private final long maxFileBytes;

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("history-import").daemon().factory());

	HistoryImportController(HistoryImports imports, WerkplaatsDirectory werkplaatsen,
			@Value("${werkplaats.history.import.max-file-bytes:33554432}") long maxFileBytes) {
		this.imports = imports;
		this.werkplaatsen = werkplaatsen;
		this.maxFileBytes = maxFileBytes;
	}

	@PostMapping("/imports/history")
	ResponseEntity<ImportAnswer> importHistory(HttpServletRequest request, @RequestParam String werkplaats,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Prefer", required = false) @Nullable String prefer) {
		Werkplaats target = this.werkplaatsen.findBySlug(werkplaats)
			.map((card) -> new Werkplaats(card.id(), card.slug()))
			.orElse(null);
		if (target == null) {
			return refuse(HttpStatus.NOT_FOUND, "No werkplaats has the slug '" + werkplaats + "'.");
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send multipart/form-data with any of the parts " + partNames() + ".");
		}
		List<HistoryError> wrongParts = wrongParts(multipart);
		if (!wrongParts.isEmpty()) {
			return ResponseEntity.badRequest().body(ImportAnswer.refused(wrongParts));
		}
		UUID id;
		try {
			id = this.imports.begin(target, dryRun, Objects.requireNonNull(Actor.current().subject()),
					Uploads.callerName());
		}
		catch (AccessDeniedException ex) {
			return refuse(HttpStatus.FORBIDDEN,
					"Only the werkplaats's admins and network coordinators import its history.");
		}
		Path folder = Uploads.copyToFolder(multipart,
				java.util.Arrays.stream(HistoryPart.values()).map(HistoryPart::partName).toList(), "history-import-");
		Map<HistoryPart, Path> files = new EnumMap<>(HistoryPart.class);
		for (HistoryPart part : HistoryPart.values()) {
			if (Files.exists(folder.resolve(part.partName() + ".csv"))) {
				files.put(part, folder.resolve(part.partName() + ".csv"));
			}
		}
		if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains(ASYNC)) {
			Actor actor = Actor.current();
			try {
				this.background
					.execute(() -> Tenancy.runAs(actor, () -> runAndDelete(target, id, files, dryRun, folder)));
			}
			catch (RejectedExecutionException ex) {
				Uploads.deleteQuietly(folder);
				throw ex;
			}
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.header("Preference-Applied", ASYNC)
				.body(ImportAnswer.of(this.imports.find(target, id).orElseThrow()));
		}
		ImportRecord done = runAndDelete(target, id, files, dryRun, folder);
		return ResponseEntity.status(switch (done.status()) {
			case "REJECTED" -> HttpStatus.UNPROCESSABLE_CONTENT;
			case "FAILED" -> HttpStatus.INTERNAL_SERVER_ERROR;
			default -> HttpStatus.OK;
		}).body(ImportAnswer.of(done));
	}

	@GetMapping("/imports/history")
	ResponseEntity<?> latest(@RequestParam String werkplaats) {
		Werkplaats target = this.werkplaatsen.findBySlug(werkplaats)
			.map((card) -> new Werkplaats(card.id(), card.slug()))
			.orElse(null);
		if (target == null) {
			return refuse(HttpStatus.NOT_FOUND, "No werkplaats has the slug '" + werkplaats + "'.");
		}
		try {
			return ResponseEntity.ok(this.imports.latest(target, LISTED).stream().map(ImportAnswer::of).toList());
		}
		catch (AccessDeniedException ex) {
			return refuse(HttpStatus.FORBIDDEN,
					"Only the werkplaats's admins and network coordinators read its imports.");
		}
	}

	@GetMapping("/imports/history/{importId}")
	ResponseEntity<ImportAnswer> one(@PathVariable UUID importId, @RequestParam String werkplaats) {
		Werkplaats target = this.werkplaatsen.findBySlug(werkplaats)
			.map((card) -> new Werkplaats(card.id(), card.slug()))
			.orElse(null);
		if (target == null) {
			return refuse(HttpStatus.NOT_FOUND, "No werkplaats has the slug '" + werkplaats + "'.");
		}
		try {
			return this.imports.find(target, importId)
				.map((found) -> ResponseEntity.ok(ImportAnswer.of(found)))
				.orElseGet(() -> refuse(HttpStatus.NOT_FOUND, "This werkplaats has no import " + importId + "."));
		}
		catch (AccessDeniedException ex) {
			return refuse(HttpStatus.FORBIDDEN,
					"Only the werkplaats's admins and network coordinators read its imports.");
		}
	}

	private ImportRecord runAndDelete(Werkplaats werkplaats, UUID id, Map<HistoryPart, Path> files, boolean dryRun,
			Path folder) {
		try {
			return this.imports.run(werkplaats, id, files, dryRun);
		}
		finally {
			Uploads.deleteQuietly(folder);
		}
	}

	private List<HistoryError> wrongParts(MultipartHttpServletRequest multipart) {
		List<HistoryError> errors = new ArrayList<>();
		List<String> given = new ArrayList<>();
		multipart.getFileNames().forEachRemaining(given::add);
		multipart.getParameterNames().asIterator().forEachRemaining((name) -> {
			if (HistoryPart.named(name).isPresent()) {
				given.add(name);
			}
		});
		for (String name : given) {
			if (HistoryPart.named(name).isEmpty()) {
				errors.add(new HistoryError(name, null, null,
						"is not a part of this import; the parts are " + partNames() + "."));
				continue;
			}
			long size = Uploads.size(multipart, name);
			if (size > this.maxFileBytes) {
				errors.add(new HistoryError(name, null, null,
						"has " + (size / (1024 * 1024)) + " MB; a file may have at most "
								+ (this.maxFileBytes / (1024 * 1024)) + " MB. Split it by year."));
			}
		}
		if (given.isEmpty()) {
			errors
				.add(new HistoryError("", null, null, "No file was sent: send any of the parts " + partNames() + "."));
		}
		return errors;
	}

	private static String partNames() {
		return String.join(", ", java.util.Arrays.stream(HistoryPart.values()).map(HistoryPart::partName).toList());
	}

	private static <T> ResponseEntity<T> refuse(HttpStatus status, String message) {
		@SuppressWarnings("unchecked")
		T body = (T) ImportAnswer.refused(List.of(new HistoryError("", null, null, message)));
		return ResponseEntity.status(status).body(body);
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

	/**
	 * The answer to a history import.
	 *
	 * @param importId the import's id; null when it was refused before it began
	 * @param status RUNNING, COMPLETED, VALIDATED, REJECTED or FAILED
	 * @param dryRun whether it only checked the files
	 * @param phase COUNTING, VALIDATING, WRITING or DONE
	 * @param rowsDone the lines read so far
	 * @param rowsTotal the lines of all files; null until counted
	 * @param counts the lines per part once read
	 * @param errors what is wrong, with part, line and column
	 * @param startedBy who ran it
	 * @param startedAt when it began
	 * @param finishedAt when it ended
	 */
	record ImportAnswer(@Nullable UUID importId, String status, boolean dryRun, @Nullable String phase, int rowsDone,
			@Nullable Integer rowsTotal, Map<String, Integer> counts, List<HistoryError> errors,
			@Nullable String startedBy, java.time.@Nullable Instant startedAt, java.time.@Nullable Instant finishedAt) {

		static ImportAnswer of(ImportRecord done) {
			return new ImportAnswer(done.importId(), done.status(), done.dryRun(), done.phase(), done.rowsDone(),
					done.rowsTotal(), done.counts(), done.errors(), done.startedBy(), done.startedAt(),
					done.finishedAt());
		}

		static ImportAnswer refused(List<HistoryError> errors) {
			return new ImportAnswer(null, "REJECTED", false, null, 0, null, Map.of(), errors, null, null, null);
		}

	}

}
