package nl.werkplaatsen.platform.csv;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The errors a CSV import found, all counted and the first {@value #LISTED} kept, so that
 * a file of garbage answers with a readable list instead of a megabyte of messages.
 */
public final class ImportErrors<E> {

	/** The errors kept; the rest are counted. */
	public static final int LISTED = 1000;

	private final Factory<E> factory;

	private final List<E> listed = new ArrayList<>();

	private int count;

	/** Errors made by the factory: the import's own error type. */
	public ImportErrors(Factory<E> factory) {
		this.factory = factory;
	}

	/** Counts an error, and keeps it while fewer than {@value #LISTED} are kept. */
	public void add(String file, @Nullable Long line, @Nullable String column, String message) {
		this.count++;
		if (this.listed.size() < LISTED) {
			this.listed.add(this.factory.error(file, line, column, message));
		}
	}

	/** Whether none were found. */
	public boolean isEmpty() {
		return this.count == 0;
	}

	/** How many were found. */
	public int count() {
		return this.count;
	}

	/** The errors kept, and a last one saying how many more there were. */
	public List<E> listed() {
		if (this.count <= this.listed.size()) {
			return List.copyOf(this.listed);
		}
		List<E> all = new ArrayList<>(this.listed);
		all.add(this.factory.error("", null, null,
				(this.count - this.listed.size()) + " more errors not listed; correct these and import again."));
		return all;
	}

	/**
	 * Makes an import's error.
	 *
	 * @param <E> the import's error type
	 */
	@FunctionalInterface
	public interface Factory<E> {

		/** The error of the part (file), line, column and message. */
		E error(String part, @Nullable Long line, @Nullable String column, String message);

	}

}
