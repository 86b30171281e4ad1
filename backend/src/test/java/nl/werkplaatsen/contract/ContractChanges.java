package nl.werkplaatsen.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * What a change of the contract breaks, and whether the changelog owns up to it: a
 * breaking change (graphql-java's schema diff) must be listed, by its coordinate in
 * backticks (e.g. {@code `Query.offers`}), under the next version at the top of
 * {@code CHANGELOG.md}, and that version must be the next major one (semantic
 * versioning).
 */
final class ContractChanges {

	private static final Pattern VERSION_HEADING = Pattern
		.compile("^## (\\d+)\\.(\\d+)\\.(\\d+) — (unreleased|\\d{4}-\\d{2}-\\d{2})\\s*$", Pattern.MULTILINE);

	private ContractChanges() {
	}

	/**
	 * The coordinates (type, or type.field) of the changes from one SDL to the other that
	 * break clients.
	 */
	static Set<String> breaking(String releasedSdl, String currentSdl) {
		CapturingReporter reporter = new CapturingReporter();
		// Merged first: the diff walks the types reachable from Query and Mutation, and
		// would
		// not follow the modules' `extend type Query`.
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(schema(releasedSdl), schema(currentSdl)), reporter);
		Set<String> coordinates = new LinkedHashSet<>();
		for (DiffEvent breakage : reporter.getBreakages()) {
			coordinates
				.add(breakage.getTypeName() + ((breakage.getFieldName() != null) ? "." + breakage.getFieldName() : ""));
		}
		return coordinates;
	}

	private static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * What is wrong with the changelog for these breaking changes since the last release:
	 * empty when they are all listed under an unreleased next major version.
	 */
	static List<String> problems(Set<String> breaking, String changelog) {
		List<String> problems = new ArrayList<>();
		if (breaking.isEmpty()) {
			return problems;
		}
		List<Version> versions = versions(changelog);
		Optional<Version> next = versions.stream().findFirst().filter(Version::unreleased);
		Optional<Version> last = lastRelease(changelog);
		if (next.isEmpty()) {
			problems.add("Breaking changes " + breaking
					+ " need a section '## <next major version> — unreleased' at the top of CHANGELOG.md listing each");
			return problems;
		}
		if (last.isPresent() && next.get().major() <= last.get().major()) {
			problems.add("Breaking changes " + breaking + " need a new major version, not " + next.get().name());
		}
		String section = section(changelog, next.get());
		for (String coordinate : breaking) {
			if (!section.contains("`" + coordinate + "`")) {
				problems.add("`" + coordinate + "` breaks clients but is not listed under " + next.get().name()
						+ " in CHANGELOG.md");
			}
		}
		return problems;
	}

	/** The newest released version in the changelog. */
	static Optional<Version> lastRelease(String changelog) {
		return versions(changelog).stream().filter((version) -> !version.unreleased()).findFirst();
	}

	private static List<Version> versions(String changelog) {
		List<Version> versions = new ArrayList<>();
		Matcher heading = VERSION_HEADING.matcher(changelog);
		while (heading.find()) {
			versions.add(new Version(Integer.parseInt(heading.group(1)), Integer.parseInt(heading.group(2)),
					Integer.parseInt(heading.group(3)), "unreleased".equals(heading.group(4)), heading.end()));
		}
		return versions;
	}

	private static String section(String changelog, Version version) {
		int end = changelog.indexOf("\n## ", version.end());
		return changelog.substring(version.end(), (end < 0) ? changelog.length() : end);
	}

	/**
	 * A version heading of the changelog.
	 *
	 * @param major the major version
	 * @param minor the minor version
	 * @param patch the patch version
	 * @param unreleased whether it is the next version, not released yet
	 * @param end where its heading ends in the changelog
	 */
	record Version(int major, int minor, int patch, boolean unreleased, int end) {

		String name() {
			return this.major + "." + this.minor + "." + this.patch;
		}

	}

}
