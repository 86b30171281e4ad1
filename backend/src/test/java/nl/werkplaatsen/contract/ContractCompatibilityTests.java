package nl.werkplaatsen.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.support.ContractOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract changes without breaking its clients unless the changelog says so: the
 * schema is compared with the last release's (kept in
 * {@code frontend-contract/releases/}, tagged {@code contract-v<version>} in git), and
 * every breaking change must be listed under the next major version in
 * {@code frontend-contract/CHANGELOG.md}.
 */
class ContractCompatibilityTests {

	private static final Path CONTRACT = ContractOperations.directory().getParent();

	private static final String RELEASED = """
			type Query {
			  "A werkplaats."
			  werkplaats: String
			}
			extend type Query {
			  "Offers."
			  offers(first: Int): [Offer!]!
			}
			"An offer."
			type Offer {
			  "Its title."
			  title: String!
			  "Its price."
			  price: Int
			}
			""";

	@Test
	void theSchemaBreaksNothingSinceTheLastReleaseThatTheChangelogDoesNotList() throws IOException {
		String changelog = Files.readString(CONTRACT.resolve("CHANGELOG.md"));
		String version = ContractChanges.lastRelease(changelog).orElseThrow().name();

		Set<String> breaking = ContractChanges.breaking(released(version), current());

		assertThat(ContractChanges.problems(breaking, changelog)).isEmpty();
	}

	@Test
	void onlyTheLastReleaseIsKeptAndItIsTheTaggedOne() throws IOException, InterruptedException {
		String version = ContractChanges.lastRelease(Files.readString(CONTRACT.resolve("CHANGELOG.md")))
			.orElseThrow()
			.name();
		try (Stream<Path> releases = Files.list(CONTRACT.resolve("releases"))) {
			assertThat(releases.map((file) -> file.getFileName().toString())).containsExactly(version + ".graphqls");
		}
		// A clone without tags (a shallow one) cannot check this; a full clone does.
		String tag = "contract-v" + version;
		assumeTrue(git("rev-parse", "--verify", "--quiet", tag + "^{commit}") != null, "tag " + tag + " not here");
		StringBuilder tagged = new StringBuilder();
		for (String file : git("ls-tree", "--name-only", tag, "--", "frontend-contract/schema/").split("\n")) {
			if (file.endsWith(".graphqls")) {
				tagged.append(git("show", tag + ":" + file)).append('\n');
			}
		}
		assertThat(ContractChanges.breaking(tagged.toString(), released(version))).isEmpty();
		assertThat(ContractChanges.breaking(released(version), tagged.toString())).isEmpty();
	}

	@Test
	void aRemovedFieldOrANewRequiredArgumentBreaks() {
		assertThat(ContractChanges.breaking(RELEASED, RELEASED.replace("  \"Its price.\"\n  price: Int\n", "")))
			.containsExactly("Offer.price");
		assertThat(ContractChanges.breaking(RELEASED,
				RELEASED.replace("offers(first: Int)", "offers(first: Int, \"The theme.\" theme: String!)")))
			.containsExactly("Query.offers");
		assertThat(ContractChanges.breaking(RELEASED, RELEASED.replace("price: Int", "price: String")))
			.containsExactly("Offer.price");
	}

	@Test
	void anAddedOptionalFieldOrArgumentBreaksNothing() {
		assertThat(ContractChanges.breaking(RELEASED,
				RELEASED.replace("offers(first: Int)", "offers(first: Int, \"The theme.\" theme: String)")
					.replace("price: Int\n", "price: Int\n  \"Its theme.\"\n  theme: String\n")))
			.isEmpty();
	}

	@Test
	void aBreakingChangeIsAcceptedOnlyWhenListedUnderTheNextMajorVersion() {
		Set<String> breaking = Set.of("Offer.price");
		String released = "# Changelog\n\n## 1.2.0 — 2026-12-03\n\n- Something.\n";

		assertThat(ContractChanges.problems(breaking, released)).singleElement()
			.asString()
			.contains("## <next major version> — unreleased");
		assertThat(ContractChanges.problems(breaking,
				"# Changelog\n\n## 1.3.0 — unreleased\n\n- `Offer.price` removed.\n" + released.substring(12)))
			.singleElement()
			.asString()
			.contains("need a new major version, not 1.3.0");
		assertThat(ContractChanges.problems(breaking,
				"# Changelog\n\n## 2.0.0 — unreleased\n\n- `Offer.title` renamed.\n" + released.substring(12)))
			.singleElement()
			.asString()
			.contains("`Offer.price` breaks clients but is not listed under 2.0.0");
		assertThat(ContractChanges.problems(breaking,
				"# Changelog\n\n## 2.0.0 — unreleased\n\n- `Offer.price` removed: use `Offer.prices`.\n"
						+ released.substring(12)))
			.isEmpty();
		assertThat(ContractChanges.problems(Set.of(), released)).isEmpty();
	}

	private static String released(String version) throws IOException {
		return Files.readString(CONTRACT.resolve("releases").resolve(version + ".graphqls"));
	}

	private static String current() throws IOException {
		StringBuilder sdl = new StringBuilder();
		try (Stream<Path> files = Files.list(CONTRACT.resolve("schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				sdl.append(Files.readString(file)).append('\n');
			}
		}
		return sdl.toString();
	}

	private static String git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", CONTRACT.getParent().toString()));
		command.addAll(List.of(arguments));
		Process git;
		try {
			git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		}
		catch (IOException ex) {
			return null; // no git here
		}
		String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0) ? out : null;
	}

}
