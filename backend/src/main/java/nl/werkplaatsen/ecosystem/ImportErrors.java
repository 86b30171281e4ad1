package nl.werkplaatsen.ecosystem;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The errors an import found, all counted and the first {@value #LISTED} kept, so that a
 * file of garbage answers with a readable list instead of a megabyte of messages.
 */
final class ImportErrors {

	static final int LISTED = 1000;

	private final List<ImportError> listed = new ArrayList<>();

	private int count;

	void add(String file, @Nullable Long line, @Nullable String column, String message) {
		this.count++;
		if (this.listed.size() < LISTED) {
			this.listed.add(new ImportError(file, line, column, message));
		}
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	int count() {
		return this.count;
	}

	/** The errors kept, and a last one saying how many more there were. */
	List<ImportError> listed() {
		if (this.count <= this.listed.size()) {
			return List.copyOf(this.listed);
		}
		List<ImportError> all = new ArrayList<>(this.listed);
		all.add(new ImportError("", null, null,
				(this.count - this.listed.size()) + " more errors not listed; correct these and import again."));
		return all;
	}

}
