package nl.werkplaatsen.kpi;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The errors a history import found, all counted and the first {@value #LISTED} kept, so
 * that a file of garbage answers with a readable list instead of a megabyte of messages.
 */
final class HistoryErrors {

	static final int LISTED = 1000;

	private final List<HistoryError> listed = new ArrayList<>();

	private int count;

	void add(@Nullable HistoryPart part, @Nullable Long line, @Nullable String column, String message) {
		this.count++;
		if (this.listed.size() < LISTED) {
			this.listed.add(new HistoryError((part != null) ? part.partName() : "", line, column, message));
		}
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	int count() {
		return this.count;
	}

	/** The errors kept, and a last one saying how many more there were. */
	List<HistoryError> listed() {
		if (this.count <= this.listed.size()) {
			return List.copyOf(this.listed);
		}
		List<HistoryError> all = new ArrayList<>(this.listed);
		all.add(new HistoryError("", null, null,
				(this.count - this.listed.size()) + " more errors not listed; correct these and import again."));
		return all;
	}

	/**
	 * What is wrong in a history import, and where.
	 *
	 * @param part the file: organisations, trajecten, …; empty for the import as a whole
	 * @param line the line in that file, counting the header as line 1; null for the file
	 * as a whole
	 * @param column the column's name from the header; null for the line as a whole
	 * @param message what is wrong, and what would be right
	 */
	record HistoryError(String part, @Nullable Long line, @Nullable String column, String message) {
	}

}
