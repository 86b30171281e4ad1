package nl.werkplaatsen.ecosystem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.csv.Uploads;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * {@code POST /imports/ecosystem}: a network coordinator replaces the ecosystem map with
 * three CSV files (multipart parts {@code initiatives}, {@code activities},
 * {@code providers}); {@code ?dryRun=true} only checks them. Answers when done, or at
 * once with {@code Prefer: respond-async}, the import's progress then readable from
 * {@code ecosystemImport(id:)}.
 */
@RestController
class EcosystemImportController {

	private static final String ASYNC = "respond-async";

	private final EcosystemImports imports;

	private final long maxFileBytes;

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("ecosystem-import").daemon().factory());

	EcosystemImportController(EcosystemImports imports,
			@Value("${werkplaats.ecosystem.import.max-file-bytes:16777216}") long maxFileBytes) {
		this.imports = imports;
		this.maxFileBytes = maxFileBytes;
	}

	@PostMapping("/imports/ecosystem")
	ResponseEntity<ImportAnswer> importMap(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Prefer", required = false) @Nullable String prefer) {
		if (!Actor.current().isNetworkCoordinator()) {
			return refuse(HttpStatus.FORBIDDEN, "", "Only network coordinators import the ecosystem map.");
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "",
					"Send multipart/form-data with the parts initiatives, activities and providers.");
		}
		List<ImportError> wrongParts = wrongParts(multipart);
		if (!wrongParts.isEmpty()) {
			return ResponseEntity.badRequest().body(ImportAnswer.refused(wrongParts));
		}
		List<ImportError> tooLarge = tooLarge(multipart);
		if (!tooLarge.isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ImportAnswer.refused(tooLarge));
		}
		Path folder = Uploads.copyToFolder(multipart,
				Arrays.stream(ImportPart.values()).map(ImportPart::partName).toList(), "ecosystem-import-");
		Map<ImportPart, Path> files = new EnumMap<>(ImportPart.class);
		Arrays.stream(ImportPart.values()).forEach((part) -> files.put(part, folder.resolve(part.partName() + ".csv")));
		UUID id = this.imports.begin(dryRun, Objects.requireNonNull(Actor.current().subject()), Uploads.callerName());
		if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains(ASYNC)) {
			Actor actor = Actor.current();
			try {
				this.background.execute(() -> Tenancy.runAs(actor, () -> runAndDelete(id, files, dryRun, folder)));
			}
			catch (RejectedExecutionException ex) {
				Uploads.deleteQuietly(folder);
				throw ex;
			}
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.header("Preference-Applied", ASYNC)
				.body(ImportAnswer.of(this.imports.find(id).orElseThrow()));
		}
		EcosystemImports.ImportRecord done = runAndDelete(id, files, dryRun, folder);
		return ResponseEntity.status(switch (done.status()) {
			case "REJECTED" -> HttpStatus.UNPROCESSABLE_CONTENT;
			case "FAILED" -> HttpStatus.INTERNAL_SERVER_ERROR;
			default -> HttpStatus.OK;
		}).body(ImportAnswer.of(done));
	}

	private EcosystemImports.ImportRecord runAndDelete(UUID id, Map<ImportPart, Path> files, boolean dryRun,
			Path folder) {
		try {
			return this.imports.run(id, files, dryRun);
		}
		finally {
			Uploads.deleteQuietly(folder);
		}
	}

	private static List<ImportError> wrongParts(MultipartHttpServletRequest multipart) {
		Set<String> expected = Arrays.stream(ImportPart.values()).map(ImportPart::partName).collect(Collectors.toSet());
		List<ImportError> errors = new ArrayList<>();
		for (ImportPart part : ImportPart.values()) {
			if (multipart.getFile(part.partName()) == null && multipart.getParameter(part.partName()) == null) {
				errors.add(new ImportError(part.partName(), null, null, "is missing: send it as the multipart part '"
						+ part.partName() + "' with the columns " + part.header() + "."));
			}
		}
		multipart.getFileNames().forEachRemaining((name) -> {
			if (!expected.contains(name)) {
				errors.add(new ImportError(name, null, null,
						"is not a part of this import; send only initiatives, activities and providers."));
			}
		});
		return errors;
	}

	private List<ImportError> tooLarge(MultipartHttpServletRequest multipart) {
		List<ImportError> errors = new ArrayList<>();
		for (ImportPart part : ImportPart.values()) {
			MultipartFile file = multipart.getFile(part.partName());
			long size = Uploads.size(multipart, part.partName());
			if (size > this.maxFileBytes) {
				errors.add(new ImportError(part.partName(), null, null, "has " + (size / (1024 * 1024))
						+ " MB; a file may have at most " + megabytes() + ". Split the map or leave out long texts."));
			}
		}
		return errors;
	}

	private String megabytes() {
		return (this.maxFileBytes / (1024 * 1024)) + " MB";
	}

	private static ResponseEntity<ImportAnswer> refuse(HttpStatus status, String file, String message) {
		return ResponseEntity.status(status)
			.body(ImportAnswer.refused(List.of(new ImportError(file, null, null, message))));
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

	/**
	 * The answer to an import: its id for {@code ecosystemImport(id:)}, its status, the
	 * lines per file and every error.
	 *
	 * @param importId the import's global id; null when it was refused before it began
	 * @param status RUNNING, COMPLETED, VALIDATED, REJECTED or FAILED
	 * @param counts the lines per file once read
	 * @param errors what is wrong, with file, line and column
	 */
	record ImportAnswer(@Nullable String importId, String status, @Nullable Counts counts, List<ImportError> errors) {

		static ImportAnswer of(EcosystemImports.ImportRecord done) {
			return new ImportAnswer(GlobalId.encode(EcosystemImportsController.TYPE_NAME, done.id()), done.status(),
					Counts.of(done.counts()), done.errors());
		}

		static ImportAnswer refused(List<ImportError> errors) {
			return new ImportAnswer(null, "REJECTED", null, errors);
		}

	}

	/**
	 * The lines per file.
	 *
	 * @param initiatives lines of the initiatives file
	 * @param activities lines of the activities file
	 * @param providers lines of the providers file
	 */
	record Counts(int initiatives, int activities, int providers) {

		static @Nullable Counts of(@Nullable Map<ImportPart, Integer> counts) {
			return (counts != null)
					? new Counts(counts.getOrDefault(ImportPart.INITIATIVES, 0),
							counts.getOrDefault(ImportPart.ACTIVITIES, 0), counts.getOrDefault(ImportPart.PROVIDERS, 0))
					: null;
		}

	}

}
