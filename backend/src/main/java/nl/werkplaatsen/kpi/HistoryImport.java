package nl.werkplaatsen.kpi;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The history import as other modules use it (the demo data's year of history): the same
 * checks and writes as {@code POST /imports/history}, for the current caller.
 */
@Component
public class HistoryImport {

	private final HistoryImports imports;

	HistoryImport(HistoryImports imports) {
		this.imports = imports;
	}

	/**
	 * Imports the files (by part name: organisations, trajecten, …) for the werkplaats;
	 * the import's status: COMPLETED, REJECTED or FAILED.
	 */
	public String importFiles(UUID werkplaatsId, String slug, Map<String, Path> files, String subject, String name) {
		HistoryImports.Werkplaats werkplaats = new HistoryImports.Werkplaats(werkplaatsId, slug);
		Map<HistoryPart, Path> parts = new EnumMap<>(HistoryPart.class);
		files.forEach((part, file) -> parts.put(
				HistoryPart.named(part)
					.orElseThrow(() -> new IllegalArgumentException("No part of the history import is named " + part)),
				file));
		UUID id = this.imports.begin(werkplaats, false, subject, name);
		HistoryImports.ImportRecord done = this.imports.run(werkplaats, id, parts, false);
		if (!done.errors().isEmpty() && !"COMPLETED".equals(done.status())) {
			throw new IllegalStateException("The history import was " + done.status() + ": " + done.errors());
		}
		return done.status();
	}

}
