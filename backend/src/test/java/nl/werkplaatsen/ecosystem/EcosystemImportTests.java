package nl.werkplaatsen.ecosystem;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import nl.werkplaatsen.support.GraphQlClient;
import nl.werkplaatsen.support.GraphQlClient.Response;
import nl.werkplaatsen.support.Persona;
import nl.werkplaatsen.support.PlatformTest;

import static nl.werkplaatsen.support.Persona.ANONYMOUS;
import static nl.werkplaatsen.support.Persona.MINISTRY_ANALYST;
import static nl.werkplaatsen.support.Persona.NETWORK_COORDINATOR;
import static nl.werkplaatsen.support.Persona.WOO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The ecosystem map's CSV import over HTTP, and the Regioscan's figures from the imported
 * map: a data set built from the report's published tables (see
 * {@code regioscan/build-data-set.py}) must give back those tables exactly.
 */
@PlatformTest
class EcosystemImportTests {

	static final String STATISTICS = """
			query($groupBy: [EcosystemDimension!]!, $within: EcosystemDimension, $filter: EcosystemStatisticsFilter) {
			  ecosystemStatistics(groupBy: $groupBy, percentWithin: $within, filter: $filter) {
			    archetype province maturity reachClass effortClass sector activities initiatives reach reachKnown percent
			  } }""";

	static final List<String> PROVINCES = List.of("DRENTHE", "FLEVOLAND", "FRIESLAND", "GELDERLAND", "GRONINGEN",
			"LIMBURG", "NOORD_BRABANT", "NOORD_HOLLAND", "OVERIJSSEL", "UTRECHT", "ZEELAND", "ZUID_HOLLAND");

	static final List<String> ARCHETYPES = List.of("SIGNALLING", "NETWORKING_AND_COORDINATION", "SHARED_FACILITIES",
			"WORKING_WITH_STUDENTS", "EDUCATION_FOR_STUDENTS", "EDUCATION_FOR_PROFESSIONALS", "ADVICE_AND_CONSULTANCY",
			"SUBSIDIES_AND_FINANCING", "WORKSHOPS_AND_KNOWLEDGE_EVENTS", "RESEARCH_AND_DEVELOPMENT",
			"SCANS_AND_ASSESSMENTS", "KNOWLEDGE_PLATFORM");

	/** Figuur 6: activities per archetype. */
	static final List<Integer> FIGURE_6 = List.of(15, 86, 41, 66, 40, 42, 61, 52, 86, 42, 30, 21);

	/** Figuur 7: per archetype (rows), its share of each province's activities. */
	static final int[][] FIGURE_7 = { { 4, 7, 9, 0, 0, 3, 2, 3, 5, 0, 0, 1 },
			{ 9, 22, 25, 7, 18, 24, 7, 7, 15, 21, 30, 13 }, { 17, 7, 0, 4, 4, 8, 21, 9, 7, 4, 5, 5 },
			{ 13, 15, 9, 10, 7, 19, 24, 12, 5, 11, 5, 11 }, { 13, 7, 3, 7, 11, 5, 0, 15, 5, 7, 5, 3 },
			{ 4, 7, 0, 10, 9, 8, 2, 4, 11, 11, 5, 7 }, { 9, 4, 3, 9, 4, 5, 19, 4, 18, 12, 20, 14 },
			{ 4, 7, 6, 20, 4, 5, 2, 7, 9, 11, 10, 9 }, { 17, 15, 16, 13, 13, 16, 12, 19, 11, 11, 10, 21 },
			{ 0, 4, 9, 13, 16, 3, 5, 9, 7, 4, 10, 5 }, { 9, 4, 19, 3, 7, 3, 2, 4, 0, 5, 0, 9 },
			{ 0, 0, 0, 4, 7, 0, 2, 6, 7, 5, 0, 2 } };

	/** Figuur 7's totals: activities per province. */
	static final List<Integer> PROVINCE_TOTALS = List.of(23, 27, 32, 70, 45, 37, 42, 68, 74, 57, 20, 87);

	/**
	 * Figuur 12: per province, the shares of LOW, MEDIUM, HIGH and UNSPECIFIED maturity.
	 */
	static final Map<String, List<Integer>> FIGURE_12 = Map.ofEntries(Map.entry("DRENTHE", List.of(43, 48, 9, 0)),
			Map.entry("FLEVOLAND", List.of(22, 7, 0, 70)), Map.entry("FRIESLAND", List.of(44, 13, 6, 38)),
			Map.entry("GELDERLAND", List.of(29, 39, 33, 0)), Map.entry("GRONINGEN", List.of(20, 44, 4, 31)),
			Map.entry("NOORD_BRABANT", List.of(64, 17, 19, 0)), Map.entry("OVERIJSSEL", List.of(43, 32, 24, 0)),
			Map.entry("UTRECHT", List.of(44, 14, 23, 19)), Map.entry("ZEELAND", List.of(35, 20, 5, 40)),
			Map.entry("ZUID_HOLLAND", List.of(34, 16, 3, 46)), Map.entry("LIMBURG", List.of(11, 35, 3, 51)),
			Map.entry("NOORD_HOLLAND", List.of(13, 57, 21, 9)));

	/** Figuur 19: per province, the shares of LOW, MEDIUM and HIGH reach (bereik). */
	static final Map<String, List<Integer>> FIGURE_19 = Map.ofEntries(Map.entry("DRENTHE", List.of(26, 61, 13)),
			Map.entry("FLEVOLAND", List.of(15, 74, 11)), Map.entry("FRIESLAND", List.of(13, 59, 28)),
			Map.entry("GELDERLAND", List.of(26, 71, 3)), Map.entry("GRONINGEN", List.of(24, 69, 7)),
			Map.entry("LIMBURG", List.of(19, 76, 5)), Map.entry("NOORD_BRABANT", List.of(45, 50, 5)),
			Map.entry("NOORD_HOLLAND", List.of(22, 69, 9)), Map.entry("OVERIJSSEL", List.of(31, 64, 5)),
			Map.entry("UTRECHT", List.of(19, 75, 5)), Map.entry("ZEELAND", List.of(35, 65, 0)),
			Map.entry("ZUID_HOLLAND", List.of(23, 67, 10)));

	/**
	 * Figuur 20: per province, the shares of LOW, MEDIUM and HIGH effort (inspanning).
	 */
	static final Map<String, List<Integer>> FIGURE_20 = Map.ofEntries(Map.entry("DRENTHE", List.of(22, 70, 9)),
			Map.entry("FLEVOLAND", List.of(33, 48, 19)), Map.entry("FRIESLAND", List.of(53, 31, 16)),
			Map.entry("GELDERLAND", List.of(14, 43, 43)), Map.entry("GRONINGEN", List.of(31, 40, 29)),
			Map.entry("LIMBURG", List.of(30, 54, 16)), Map.entry("NOORD_BRABANT", List.of(14, 76, 10)),
			Map.entry("NOORD_HOLLAND", List.of(21, 59, 21)), Map.entry("OVERIJSSEL", List.of(27, 46, 27)),
			Map.entry("UTRECHT", List.of(32, 44, 25)), Map.entry("ZEELAND", List.of(30, 45, 25)),
			Map.entry("ZUID_HOLLAND", List.of(25, 54, 21)));

	/** Figuur 21: the known reach per archetype. */
	static final List<Integer> FIGURE_21 = List.of(8126, 9745, 165, 5298, 3540, 2536, 8625, 7251, 41306, 603, 3348,
			18796);

	/** Figuur 16: the providers in at least 10 initiatives. */
	static final Map<String, Integer> FIGURE_16 = Map.ofEntries(Map.entry("Ministerie van EZK", 30),
			Map.entry("Rabobank", 25), Map.entry("Provincie Noord-Holland", 18),
			Map.entry("Hanzehogeschool Groningen", 16), Map.entry("Provincie Noord-Brabant", 15),
			Map.entry("Rijksuniversiteit Groningen", 14), Map.entry("Oost NL", 13),
			Map.entry("Provincie Overijssel", 13), Map.entry("NHL Stenden", 13), Map.entry("Europese Unie", 12),
			Map.entry("TNO", 11), Map.entry("Provincie Zuid-Holland", 10), Map.entry("FME", 10),
			Map.entry("MKB Nederland", 10), Map.entry("JADS", 10), Map.entry("Tilburg University", 10),
			Map.entry("Provincie Gelderland", 10), Map.entry("Hogeschool van Amsterdam", 10));

	@Autowired
	MockMvc mvc;

	@Autowired
	GraphQlClient graphQl;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void restoreTheDemoMap(@Autowired Initiatives initiatives, @TempDir Path folder) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		for (String part : List.of("initiatives", "activities", "providers")) {
			Path file = folder.resolve(part + ".csv");
			Files.write(file, resource("demo/ecosystem/" + part + ".csv"));
			files.put(part, file);
		}
		nl.werkplaatsen.platform.tenancy.Tenancy.runAs(
				new nl.werkplaatsen.platform.tenancy.Actor(nl.werkplaatsen.platform.tenancy.Actor.Kind.SYSTEM, "test",
						java.util.Set.of(nl.werkplaatsen.platform.tenancy.NationalRole.NETWORK_COORDINATOR), null),
				() -> initiatives.replaceMap(files, "Demo data"));
	}

	@Test
	void theRegioscanDataSetGivesBackThePublishedFiguresAndASecondImportChangesNothing() {
		Answer first = importFiles(NETWORK_COORDINATOR, regioscan(), "");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.<String>path("$.status")).isEqualTo("COMPLETED");
		assertThat(first.<Map<String, Object>>path("$.counts"))
			.isEqualTo(Map.of("initiatives", 220, "activities", 582, "providers", 524));
		assertThat(first.<List<Object>>path("$.errors")).isEmpty();

		// Figuur 6 and 21: activities and known reach per archetype.
		List<Map<String, Object>> perArchetype = statistics(List.of("ARCHETYPE"), null);
		assertThat(perArchetype).extracting((row) -> row.get("archetype")).containsExactlyElementsOf(ARCHETYPES);
		assertThat(perArchetype).extracting((row) -> row.get("activities")).containsExactlyElementsOf(FIGURE_6);
		assertThat(perArchetype).extracting((row) -> row.get("reach")).containsExactlyElementsOf(FIGURE_21);
		assertThat(perArchetype).extracting((row) -> row.get("reachKnown")).containsOnly(1);

		// Figuur 7: each archetype's share of its province's activities.
		Map<String, Integer> figure7 = percents(statistics(List.of("PROVINCE", "ARCHETYPE"), "PROVINCE"),
				(row) -> row.get("province") + "/" + row.get("archetype"));
		for (int a = 0; a < ARCHETYPES.size(); a++) {
			for (int p = 0; p < PROVINCES.size(); p++) {
				assertThat(figure7.getOrDefault(PROVINCES.get(p) + "/" + ARCHETYPES.get(a), 0))
					.as("Figuur 7, %s in %s", ARCHETYPES.get(a), PROVINCES.get(p))
					.isEqualTo(FIGURE_7[a][p]);
			}
		}
		assertThat(statistics(List.of("PROVINCE"), null)).extracting((row) -> row.get("activities"))
			.containsExactlyInAnyOrderElementsOf(PROVINCE_TOTALS);

		assertSharesPerProvince("MATURITY", "maturity", List.of("LOW", "MEDIUM", "HIGH", "UNSPECIFIED"), FIGURE_12);
		assertSharesPerProvince("REACH_CLASS", "reachClass", List.of("LOW", "MEDIUM", "HIGH"), FIGURE_19);
		assertSharesPerProvince("EFFORT_CLASS", "effortClass", List.of("LOW", "MEDIUM", "HIGH"), FIGURE_20);

		// Figuur 16: providers in at least 10 initiatives, each initiative counted once
		// whatever the provider's roles there.
		Response providers = this.graphQl.execute(ANONYMOUS,
				"{ ecosystemProviders(minInitiatives: 10, first: 100) { name initiatives } }");
		Map<String, Integer> figure16 = providers.<List<Map<String, Object>>>path("$.data.ecosystemProviders")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("name"), (row) -> (Integer) row.get("initiatives")));
		assertThat(figure16).isEqualTo(FIGURE_16);
		assertThat(providers.<List<Integer>>path("$.data.ecosystemProviders[*].initiatives"))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// The same files again: the same rows, not one of them touched.
		List<String> before = map();
		Answer again = importFiles(NETWORK_COORDINATOR, regioscan(), "");
		assertThat(again.<String>path("$.status")).isEqualTo("COMPLETED");
		assertThat(map()).isEqualTo(before);
	}

	@Test
	void sharesAreRoundedHalfUpAndEveryThingIsCountedOnce() {
		// Eight activities in Utrecht, of three initiatives: 1 of 8 is 12.5% (13, where
		// banker's rounding gives 12) and 3 of 8 is 37.5% (38); Zeeland's 1 of 3 and 2 of
		// 3
		// are 33% and 67%.
		String initiatives = """
				id,name,province,description
				u1,Utrecht een,Utrecht,
				u2,Utrecht twee,Utrecht,
				z1,Zeeland een,Zeeland,
				""";
		String activities = """
				id,initiative_id,archetype,province,maturity,bereik_class,inspanning_class,reach,title,digitaliseringsvorm,knelpunt,doelgroep_sector
				a1,u1,Signaleren,Utrecht,Laag,Hoog,Laag,10,Een,Data,Niet weten,Alle
				a2,u1,Kennisplatform,Utrecht,Laag,Middel,Laag,,Twee,Data,Niet weten,C;G
				a3,u1,Kennisplatform,Utrecht,Laag,Middel,Laag,5,Drie,Data,Niet weten,C
				a4,u2,Kennisplatform,Utrecht,Laag,Middel,Laag,0,Vier,Data,Niet weten,Alle
				a5,u2,Netwerken & coördineren,Utrecht,Middel,Middel,Laag,,Vijf,,,Alle
				a6,u2,Netwerken & coördineren,Utrecht,Middel,Middel,Laag,,Zes,,,Alle
				a7,u2,Netwerken & coördineren,Utrecht,Middel,Middel,Laag,,Zeven,,,Alle
				a8,u2,Netwerken & coördineren,Utrecht,Middel,Middel,Laag,,Acht,,,Alle
				a9,z1,Signaleren,Zeeland,Laag,Hoog,Laag,,Negen,,,Alle
				a10,z1,Kennisplatform,Zeeland,Laag,Middel,Laag,,Tien,,,Alle
				a11,z1,Kennisplatform,Zeeland,Laag,Middel,Laag,,Elf,,,Alle
				""";
		Answer answer = importFiles(NETWORK_COORDINATOR,
				files(initiatives, activities, "initiative_id,provider_name,role\n"), "");
		assertThat(answer.<String>path("$.status")).isEqualTo("COMPLETED");

		Map<String, Integer> shares = percents(statistics(List.of("PROVINCE", "ARCHETYPE"), "PROVINCE"),
				(row) -> row.get("province") + "/" + row.get("archetype"));
		assertThat(shares).containsEntry("UTRECHT/SIGNALLING", 13)
			.containsEntry("UTRECHT/KNOWLEDGE_PLATFORM", 38)
			.containsEntry("UTRECHT/NETWORKING_AND_COORDINATION", 50)
			.containsEntry("ZEELAND/SIGNALLING", 33)
			.containsEntry("ZEELAND/KNOWLEDGE_PLATFORM", 67);
		assertThat(halfUp(1, 8)).isEqualTo(13);

		List<Map<String, Object>> utrechtPlatforms = statistics(List.of("ARCHETYPE"), null,
				Map.of("province", "UTRECHT", "archetype", "KNOWLEDGE_PLATFORM"));
		// Three activities of two initiatives; a reach of 0 is known, an empty one is
		// not.
		assertThat(utrechtPlatforms).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("activities", 3)
				.containsEntry("initiatives", 2)
				.containsEntry("reach", 5)
				.containsEntry("reachKnown", 2)
				.containsEntry("percent", 100));
		// Shares of all activities without percentWithin: 4 of 11 is 36.4%.
		assertThat(percents(statistics(List.of("ARCHETYPE"), null), (row) -> (String) row.get("archetype")))
			.containsEntry("NETWORKING_AND_COORDINATION", 36);

		// An activity for sections C and G is in both rows; for all sectors under ALL.
		// Its
		// share within SECTOR counts each activity once.
		Map<String, Integer> perSector = statistics(List.of("SECTOR"), null).stream()
			.collect(Collectors.toMap((row) -> (String) row.get("sector"), (row) -> (Integer) row.get("activities")));
		assertThat(perSector).isEqualTo(Map.of("ALL", 9, "C", 2, "G", 1));
		assertThat(statistics(List.of("ARCHETYPE"), null, Map.of("sector", "C"))).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("activities", 2));

		// Asking for shares within a dimension not grouped by is refused.
		Response refused = this.graphQl.execute(ANONYMOUS, STATISTICS,
				Map.of("groupBy", List.of("ARCHETYPE"), "within", "PROVINCE"));
		assertThat(refused.classifications()).containsExactly("BAD_REQUEST");
	}

	@Test
	void aChangedFileUpdatesAddsAndRemovesAndAReferredInitiativeIsArchivedInstead() {
		importFiles(NETWORK_COORDINATOR, demoFiles(), "");
		String referred = this.jdbc.sql("select id::text from initiative where import_key = 'ini-cyberveilig-twente'")
			.query(String.class)
			.single();
		String kept = this.jdbc.sql("select id::text from initiative where import_key = 'ini-noord'")
			.query(String.class)
			.single();
		// The demo's referral points to Cyberveilig Twente; this file leaves it out,
		// renames
		// Noord and adds one.
		String initiatives = """
				id,name,province,description
				ini-noord,Ondernemen Noord,Groningen,Nieuw beschreven.
				ini-nieuw,Nieuw Initiatief,Zeeland,
				""";
		String activities = """
				id,initiative_id,archetype,province,maturity,bereik_class,inspanning_class,reach,title,digitaliseringsvorm,knelpunt,doelgroep_sector
				act-001,ini-noord,Signaleren,Groningen,Laag,Middel,Laag,150,Digitaliseringsspreekuur,Niet specifiek,Probleemsignalering en vraagarticulatie,Alle
				act-100,ini-nieuw,Advisering/consultancy,Zeeland,Hoog,Laag,Middel,,Advies,Data,Niet kunnen,A
				""";
		String providers = """
				initiative_id,provider_name,role
				ini-noord,Provincie Groningen,Financier
				ini-nieuw,Provincie Zeeland,Financier
				""";
		Answer answer = importFiles(NETWORK_COORDINATOR, files(initiatives, activities, providers), "");
		assertThat(answer.<String>path("$.status")).isEqualTo("COMPLETED");

		assertThat(this.jdbc.sql("select import_key from initiative where archived_at is null order by import_key")
			.query(String.class)
			.list()).containsExactly("ini-nieuw", "ini-noord");
		assertThat(this.jdbc.sql("select name || '|' || description from initiative where id = cast(? as uuid)")
			.param(kept)
			.query(String.class)
			.single()).isEqualTo("Ondernemen Noord|Nieuw beschreven.");
		assertThat(this.jdbc.sql("select archived_at is not null from initiative where id = cast(? as uuid)")
			.param(referred)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from ecosystem_activity where initiative_id = cast(? as uuid)")
			.param(referred)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select reach from ecosystem_activity where import_key = 'act-001'")
			.query(Integer.class)
			.single()).isEqualTo(150);
		assertThat(this.jdbc.sql("select name from provider order by name").query(String.class).list())
			.containsExactly("Provincie Groningen", "Provincie Zeeland");
		Response browse = this.graphQl.execute(ANONYMOUS, "{ initiatives(first: 100) { totalCount nodes { name } } }");
		assertThat(browse.<List<String>>path("$.data.initiatives.nodes[*].name")).containsExactly("Nieuw Initiatief",
				"Ondernemen Noord");

		// Back in the file, the archived initiative returns with the same id.
		importFiles(NETWORK_COORDINATOR, demoFiles(), "");
		assertThat(this.jdbc
			.sql("select id::text from initiative where import_key = 'ini-cyberveilig-twente'"
					+ " and archived_at is null")
			.query(String.class)
			.single()).isEqualTo(referred);
	}

	@Test
	void everyWrongLineIsListedWithItsLineAndColumnAndNothingChanges() {
		importFiles(NETWORK_COORDINATOR, demoFiles(), "");
		List<String> before = map();
		String initiatives = """
				id,name,province,description
				i1,Goed,Utrecht,
				i1,Dubbel,Utrecht,
				i3,,Brabant,
				""";
		String activities = """
				id,initiative_id,archetype,province,maturity,bereik_class,inspanning_class,reach,title,digitaliseringsvorm,knelpunt,doelgroep_sector
				a1,i1,Signaleren,Utrecht,Laag,Laag,Laag,12,Goed,Data,Niet weten,Alle
				a2,i9,Signalering,Utrecht,Laag,Laag,Laag,12,Fout,Data,Niet weten,Alle
				a3,i1,Signaleren,Utrecht,Laag,Laag,Laag,12,Fout,Data,Niet weten,Alle,teveel
				a4,i1,Signaleren,Utrecht,Laag,Laag,Laag,"1.234",Fout,Data,Niet weten,Alle
				a5,i1,Signaleren,Utrecht,Laag,Laag,Laag,-3,Fout,Data,Niet weten,Alle
				a1,i1,Signaleren,Utrecht,Laag,Laag,Laag,,Dubbel,Data,Niet weten,Alle
				a7,i1,Signaleren,Utrech,Onbekend,Veel,Weinig,,Fout,Cloud,Geen zin,Z
				a8,i1,Signaleren,Utrecht,Laag,Laag,Laag,,"",Data,Niet weten,Alle
				""";
		String providers = """
				initiative_id,provider_name,role
				i1,TNO,Uitvoerder
				i1,TNO,Uitvoerder
				i1,Rabobank,Sponsor
				i2,Rabobank,Financier
				""";
		Answer answer = importFiles(NETWORK_COORDINATOR, files(initiatives, activities, providers), "");
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.<String>path("$.status")).isEqualTo("REJECTED");
		assertThat(answer.<String>path("$.importId")).isNotNull();
		List<String> errors = answer.<List<Map<String, Object>>>path("$.errors")
			.stream()
			.map((error) -> error.get("file") + ":" + error.get("line") + ":" + error.get("column"))
			.toList();
		assertThat(errors).containsExactlyInAnyOrder("initiatives:3:id", "initiatives:4:name", "initiatives:4:province",
				"activities:3:initiative_id", "activities:3:archetype", "activities:4:null", "activities:5:reach",
				"activities:6:reach", "activities:7:id", "activities:8:province", "activities:8:maturity",
				"activities:8:bereik_class", "activities:8:inspanning_class", "activities:8:digitaliseringsvorm",
				"activities:8:knelpunt", "activities:8:doelgroep_sector", "activities:9:title",
				"providers:3:provider_name", "providers:4:role", "providers:5:initiative_id");
		assertThat(answer.<List<String>>path("$.errors[?(@.line == 3 && @.column == 'archetype')].message").get(0))
			.contains("'Signalering'")
			.contains("'Netwerken & coördineren'");
		assertThat(answer.<List<String>>path("$.errors[?(@.line == 8 && @.column == 'knelpunt')].message").get(0))
			.contains("'Probleemsignalering en vraagarticulatie'");
		assertThat(map()).isEqualTo(before);

		// A dry run of good files changes nothing either, and says so.
		Answer dryRun = importFiles(NETWORK_COORDINATOR, regioscan(), "?dryRun=true");
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.<String>path("$.status")).isEqualTo("VALIDATED");
		assertThat(dryRun.<Integer>path("$.counts.activities")).isEqualTo(582);
		assertThat(map()).isEqualTo(before);
	}

	@Test
	void whatIsNotAnImportIsRefusedBeforeItBegins() {
		importFiles(NETWORK_COORDINATOR, demoFiles(), "");
		List<String> before = map();
		Map<String, byte[]> good = demoFiles();

		assertThat(importFiles(WOO_COORDINATOR, good, "").status()).isEqualTo(403);
		assertThat(importFiles(MINISTRY_ANALYST, good, "").status()).isEqualTo(403);
		assertThat(importFiles(ANONYMOUS, good, "").status()).isEqualTo(401);

		Map<String, byte[]> missing = new LinkedHashMap<>(good);
		missing.remove("providers");
		Answer withoutProviders = importFiles(NETWORK_COORDINATOR, missing, "");
		assertThat(withoutProviders.status()).isEqualTo(400);
		assertThat(withoutProviders.<List<String>>path("$.errors[*].file")).containsExactly("providers");

		Map<String, byte[]> huge = new LinkedHashMap<>(good);
		huge.put("activities", new byte[20 * 1024 * 1024]);
		Answer tooLarge = importFiles(NETWORK_COORDINATOR, huge, "");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.<String>path("$.errors[0].message")).contains("at most 16 MB");

		Map<String, byte[]> picture = new LinkedHashMap<>(good);
		picture.put("initiatives", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I',
				'H', 'D', 'R', (byte) 0xff, (byte) 0xfe });
		Answer notCsv = importFiles(NETWORK_COORDINATOR, picture, "");
		assertThat(notCsv.status()).isEqualTo(422);
		assertThat(notCsv.<String>path("$.errors[0].message")).contains("not a CSV text file");

		Map<String, byte[]> json = new LinkedHashMap<>(good);
		json.put("providers", "{\"providers\": []}".getBytes(StandardCharsets.UTF_8));
		Answer wrongHeader = importFiles(NETWORK_COORDINATOR, json, "");
		assertThat(wrongHeader.status()).isEqualTo(422);
		assertThat(wrongHeader.<String>path("$.errors[0].message"))
			.contains("header must be exactly initiative_id,provider_name,role");
		assertThat(map()).isEqualTo(before);
	}

	@Test
	void theHistoryShowsEachImportWithItsProgressAndWhoRanIt() throws Exception {
		Answer done = importFiles(NETWORK_COORDINATOR, demoFiles(), "");
		String document = """
				query($id: ID!) { ecosystemImport(id: $id) { status dryRun phase rowsDone rowsTotal startedBy
				  counts { initiatives activities providers } errorCount finishedAt } }""";
		Response read = this.graphQl.execute(NETWORK_COORDINATOR, document, Map.of("id", done.path("$.importId")));
		assertThat(read.<Map<String, Object>>path("$.data.ecosystemImport")).containsEntry("status", "COMPLETED")
			.containsEntry("phase", "DONE")
			.containsEntry("rowsDone", 38)
			.containsEntry("rowsTotal", 38)
			.containsEntry("startedBy", NETWORK_COORDINATOR.username())
			.containsEntry("counts", Map.of("initiatives", 6, "activities", 13, "providers", 19));
		assertThat(this.graphQl.execute(WOO_COORDINATOR, document, Map.of("id", done.path("$.importId")))
			.classifications()).containsExactly("FORBIDDEN");

		// Asked to answer at once, the import runs on and its progress can be followed.
		Answer accepted = importFiles(NETWORK_COORDINATOR, regioscan(), "", "respond-async");
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.<String>path("$.status")).isEqualTo("RUNNING");
		String status = "RUNNING";
		for (int i = 0; i < 300 && status.equals("RUNNING"); i++) {
			Thread.sleep(100);
			status = this.graphQl.execute(NETWORK_COORDINATOR, document, Map.of("id", accepted.path("$.importId")))
				.path("$.data.ecosystemImport.status");
		}
		assertThat(status).isEqualTo("COMPLETED");
		Response latest = this.graphQl.execute(NETWORK_COORDINATOR,
				"{ ecosystemImports(first: 2) { totalCount nodes { id status startedBy } } }");
		assertThat(latest.<List<String>>path("$.data.ecosystemImports.nodes[*].id"))
			.containsExactly(accepted.path("$.importId"), done.path("$.importId"));
	}

	@Test
	void aTenMegabyteFileIsReadAsAStream() {
		// About 10 MB of activities over a thousand initiatives: imported whole, or not
		// at
		// all. Its timing is a benchmark's business, not this test's.
		StringBuilder initiatives = new StringBuilder("id,name,province,description\n");
		for (int i = 0; i < 1000; i++) {
			initiatives.append("i").append(i).append(",Initiatief ").append(i).append(",Gelderland,\n");
		}
		StringBuilder activities = new StringBuilder(ImportPart.ACTIVITIES.header()).append('\n');
		int lines = 0;
		while (activities.length() < 10 * 1024 * 1024) {
			activities.append("a")
				.append(lines)
				.append(",i")
				.append(lines % 1000)
				.append(",Workshops & kennisevents,Gelderland,Middel,Middel,Middel,")
				.append(lines % 500)
				.append(",\"Kennissessie ")
				.append(lines)
				.append(" over data, AI en \"\"slim\"\" produceren in de regio\",Data,Niet weten,C;G\n");
			lines++;
		}
		Answer answer = importFiles(NETWORK_COORDINATOR,
				files(initiatives.toString(), activities.toString(), "initiative_id,provider_name,role\n"), "");
		assertThat(answer.<String>path("$.status")).isEqualTo("COMPLETED");
		assertThat(answer.<Integer>path("$.counts.activities")).isEqualTo(lines);
		assertThat(this.jdbc.sql("select count(*) from ecosystem_activity").query(Long.class).single())
			.isEqualTo(lines);
		assertThat(this.jdbc.sql("select title from ecosystem_activity where import_key = 'a7'")
			.query(String.class)
			.single()).isEqualTo("Kennissessie 7 over data, AI en \"slim\" produceren in de regio");
	}

	private void assertSharesPerProvince(String dimension, String field, List<String> classes,
			Map<String, List<Integer>> figure) {
		Map<String, Integer> shares = percents(statistics(List.of("PROVINCE", dimension), "PROVINCE"),
				(row) -> row.get("province") + "/" + row.get(field));
		figure.forEach((province, published) -> {
			for (int c = 0; c < classes.size(); c++) {
				assertThat(shares.getOrDefault(province + "/" + classes.get(c), 0))
					.as("%s of %s in %s", classes.get(c), dimension, province)
					.isEqualTo(published.get(c));
			}
		});
	}

	private List<Map<String, Object>> statistics(List<String> groupBy, String within) {
		return statistics(groupBy, within, Map.of());
	}

	private List<Map<String, Object>> statistics(List<String> groupBy, String within, Map<String, Object> filter) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("groupBy", groupBy);
		variables.put("within", within);
		variables.put("filter", filter);
		Response response = this.graphQl.execute(ANONYMOUS, STATISTICS, variables);
		assertThat(response.errors()).isEmpty();
		return response.path("$.data.ecosystemStatistics");
	}

	private static Map<String, Integer> percents(List<Map<String, Object>> rows,
			Function<Map<String, Object>, String> key) {
		return rows.stream().collect(Collectors.toMap(key, (row) -> (Integer) row.get("percent")));
	}

	private static int halfUp(int part, int whole) {
		return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

	/** The whole map as rows, to compare before and after. */
	private List<String> map() {
		List<String> rows = new ArrayList<>();
		for (String table : List.of("initiative", "ecosystem_activity", "provider", "initiative_provider")) {
			rows.addAll(this.jdbc.sql("select row_to_json(t)::text from " + table + " t order by 1")
				.query(String.class)
				.list());
		}
		return rows;
	}

	private Answer importFiles(Persona persona, Map<String, byte[]> parts, String query) {
		return importFiles(persona, parts, query, null);
	}

	private Answer importFiles(Persona persona, Map<String, byte[]> parts, String query, String prefer) {
		MockMultipartHttpServletRequestBuilder request = multipart("/imports/ecosystem" + query);
		parts.forEach((name, bytes) -> request.file(new MockMultipartFile(name, name + ".csv", "text/csv", bytes)));
		if (persona.subject() != null) {
			request.with(GraphQlClient.tokenOf(persona));
		}
		if (prefer != null) {
			request.header("Prefer", prefer);
		}
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			return new Answer(result.getResponse().getStatus(),
					result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, byte[]> regioscan() {
		return Map.of("initiatives", resource("regioscan/initiatives.csv"), "activities",
				resource("regioscan/activities.csv"), "providers", resource("regioscan/providers.csv"));
	}

	private static Map<String, byte[]> demoFiles() {
		return Map.of("initiatives", resource("demo/ecosystem/initiatives.csv"), "activities",
				resource("demo/ecosystem/activities.csv"), "providers", resource("demo/ecosystem/providers.csv"));
	}

	private static Map<String, byte[]> files(String initiatives, String activities, String providers) {
		return Map.of("initiatives", initiatives.getBytes(StandardCharsets.UTF_8), "activities",
				activities.getBytes(StandardCharsets.UTF_8), "providers", providers.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] resource(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The answer of an import request. */
	record Answer(int status, String body) {

		<T> T path(String jsonPath) {
			return JsonPath.read(this.body, jsonPath);
		}

	}

}
