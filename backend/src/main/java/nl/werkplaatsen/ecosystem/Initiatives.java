package nl.werkplaatsen.ecosystem;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.DigitalMaturity;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * What other modules may know of the ecosystem map's initiatives: find an active one to
 * refer to or to suggest, and show initiatives in their own fields.
 */
@Service
public class Initiatives {

	private final InitiativeRepository initiatives;

	private final JdbcClient jdbc;

	private final EcosystemImports imports;

	Initiatives(InitiativeRepository initiatives, JdbcClient jdbc, EcosystemImports imports) {
		this.initiatives = initiatives;
		this.jdbc = jdbc;
		this.imports = imports;
	}

	/**
	 * The active initiatives with an activity in the province, each with those
	 * activities, to suggest as next steps; by name.
	 */
	@Transactional(readOnly = true)
	public List<MatchableInitiative> activeIn(Province province) {
		return activeIn(List.of(province));
	}

	/**
	 * The active initiatives with an activity in any of the provinces (a werkplaats's
	 * region), each with those activities, by name: in one statement for a region.
	 */
	@Transactional(readOnly = true)
	public List<MatchableInitiative> activeIn(Collection<Province> provinces) {
		if (provinces.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<MatchableActivity>> activities = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.initiative_id, a.archetype, a.maturity, a.obstacle, array_to_string(a.sectors, ',') as sectors
				from ecosystem_activity a join initiative i on i.id = a.initiative_id
				where i.archived_at is null
				  and coalesce(a.province, i.province) = any(string_to_array(:provinces, ','))
				order by i.name, i.id, a.title""")
			.param("provinces", provinces.stream().map(Province::name).collect(Collectors.joining(",")))
			.query((row) -> {
				String sectors = row.getString("sectors");
				String obstacle = row.getString("obstacle");
				activities.computeIfAbsent(row.getObject("initiative_id", UUID.class), (key) -> new ArrayList<>())
					.add(new MatchableActivity(ActivityArchetype.valueOf(row.getString("archetype")),
							EcosystemMaturity.valueOf(row.getString("maturity")),
							(obstacle != null) ? Obstacle.valueOf(obstacle) : null,
							(sectors == null || sectors.isEmpty()) ? List.of() : List.of(sectors.split(","))));
			});
		Map<UUID, Initiative> byId = this.initiatives.findByIdIn(activities.keySet())
			.stream()
			.collect(Collectors.toMap(Initiative::getId, Function.identity()));
		return activities.entrySet()
			.stream()
			.filter((entry) -> byId.containsKey(entry.getKey()))
			.map((entry) -> new MatchableInitiative(byId.get(entry.getKey()), entry.getKey(),
					byId.get(entry.getKey()).getName(), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * Replaces the map with the three CSV files, as a network coordinator's import would,
	 * and records it as run by the given name: for the demo data.
	 * @param files the files by part name: initiatives, activities, providers
	 * @param ranBy who the history names
	 * @return the active initiatives' ids by the ids the file gave them
	 * @throws IllegalArgumentException listing what is wrong when the files are refused
	 */
	public Map<String, UUID> replaceMap(Map<String, Path> files, String ranBy) {
		Map<ImportPart, Path> byPart = new EnumMap<>(ImportPart.class);
		for (ImportPart part : ImportPart.values()) {
			byPart.put(part, Objects.requireNonNull(files.get(part.partName()), part.partName()));
		}
		EcosystemImports.ImportRecord done = this.imports.run(this.imports.begin(false, "platform", ranBy), byPart,
				false);
		if (!"COMPLETED".equals(done.status())) {
			throw new IllegalArgumentException("The ecosystem map was refused: " + done.errors());
		}
		Map<String, UUID> ids = new LinkedHashMap<>();
		this.jdbc.sql("select import_key, id from initiative where archived_at is null and import_key is not null")
			.query((row) -> {
				ids.put(row.getString("import_key"), row.getObject("id", UUID.class));
			});
		return ids;
	}

	/** The active initiative with this id. */
	@Transactional(readOnly = true)
	public Optional<InitiativeCard> findActive(UUID id) {
		return this.initiatives.findById(id)
			.filter((initiative) -> !initiative.isArchived())
			.map((initiative) -> new InitiativeCard(initiative.getId(), initiative.getName()));
	}

	/**
	 * The initiatives with these ids, archived or not, as the API shows them: for another
	 * module's field of type {@code Initiative}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, InitiativeNode> nodes(Collection<UUID> ids) {
		return this.initiatives.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Initiative::getId, Function.<InitiativeNode>identity()));
	}

	/**
	 * An initiative as next steps see it.
	 *
	 * @param node the initiative as the API shows it
	 * @param id the initiative
	 * @param name its name
	 * @param activities its activities in the province asked for
	 */
	public record MatchableInitiative(Node node, UUID id, String name, List<MatchableActivity> activities) {

		/**
		 * How well its activities' target group fits an organisation: a point bonus or
		 * penalty for the sector and for the maturity, each with its reason in Dutch;
		 * what is unknown of the organisation counts neither way.
		 * @param sbiSection the organisation's SBI section, if known
		 * @param maturity its digital maturity, if known
		 */
		public Fit targetGroupFit(@Nullable String sbiSection, @Nullable DigitalMaturity maturity) {
			int points = 0;
			List<String> reasons = new ArrayList<>();
			if (sbiSection != null) {
				boolean serves = this.activities.stream()
					.anyMatch((activity) -> activity.sectors().isEmpty() || activity.sectors().contains(sbiSection));
				points += serves ? 5 : -15;
				reasons.add(serves ? "voor de sector (SBI " + sbiSection + ")" : "voor andere sectoren");
			}
			if (maturity != null) {
				boolean serves = this.activities.stream()
					.anyMatch((activity) -> activity.maturity() == EcosystemMaturity.UNSPECIFIED
							|| activity.maturity().name().equals(maturity.name()));
				points += serves ? 5 : -10;
				reasons.add(serves ? "past bij de digitale volwassenheid"
						: "bedoeld voor een andere digitale volwassenheid");
			}
			return new Fit(points, List.copyOf(reasons));
		}

	}

	/**
	 * Points for or against a suggestion, with why.
	 *
	 * @param points added to the score; negative against
	 * @param reasons why, in Dutch
	 */
	public record Fit(int points, List<String> reasons) {
	}

	/**
	 * An activity as next steps see it.
	 *
	 * @param archetype its archetype
	 * @param maturity the maturity it is for
	 * @param obstacle the knelpunt it addresses, if any
	 * @param sectors the SBI sections it is for; empty for all
	 */
	public record MatchableActivity(ActivityArchetype archetype, EcosystemMaturity maturity,
			@Nullable Obstacle obstacle, List<String> sectors) {
	}

	/**
	 * An initiative as other modules see it.
	 *
	 * @param id the initiative
	 * @param name its name
	 */
	public record InitiativeCard(UUID id, String name) {
	}

}
