package nl.werkplaatsen.ecosystem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.EnumColumns;
import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.EntityRows;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * The ecosystem map in the GraphQL API: the active initiatives, filtered and paged, with
 * their activities and providers, for everybody including anonymous frontends.
 */
@Controller
class EcosystemController implements NodeResolver<Initiative> {

	private final InitiativeRepository initiatives;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final EcosystemStatistics statistics;

	private final InitiativeEditor editor;

	EcosystemController(InitiativeRepository initiatives, JdbcClient jdbc, EcosystemStatistics statistics,
			InitiativeEditor editor, EntityManager entityManager) {
		this.initiatives = initiatives;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.statistics = statistics;
		this.editor = editor;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Connection<Initiative> initiatives(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable InitiativeFilter filter, DataFetchingEnvironment field) {
		PageRequest page = PageRequest.of(first, after, field);
		InitiativeFilter f = (filter != null) ? filter : new InitiativeFilter(null, null, null, null);
		String where = """
				where i.archived_at is null
				and (cast(:province as text) is null or i.province = cast(:province as text)
				  or exists (select 1 from ecosystem_activity a where a.initiative_id = i.id
				    and a.province = cast(:province as text)))
				and (cast(:archetype as text) is null or exists (select 1 from ecosystem_activity a
				  where a.initiative_id = i.id and a.archetype = cast(:archetype as text)))
				and (cast(:obstacle as text) is null or exists (select 1 from ecosystem_activity a
				  where a.initiative_id = i.id and a.obstacle = cast(:obstacle as text)))
				and (cast(:search as text) is null or i.name ilike cast(:search as text)
				  or i.description ilike cast(:search as text))""";
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("province", (f.province() != null) ? f.province().name() : null);
		params.put("archetype", (f.archetype() != null) ? f.archetype().name() : null);
		params.put("obstacle", (f.obstacle() != null) ? f.obstacle().name() : null);
		params.put("search", (f.search() != null && !f.search().isBlank()) ? "%" + f.search().strip() + "%" : null);
		Long total = page.count(() -> this.jdbc.sql("select count(*) from initiative i " + where)
			.params(params)
			.query(Long.class)
			.single());
		KeysetCursor cursor = page.after();
		params.put("afterName", (cursor != null) ? cursor.text(0) : "");
		params.put("afterId", (cursor != null) ? cursor.uuid(1) : new UUID(0, 0));
		params.put("limit", page.limitPlusOne());
		List<Initiative> rows = EntityRows.query(this.entityManager, Initiative.class,
				"select i.* from initiative i " + where + """

						and (i.name, i.id) > (cast(:afterName as text), cast(:afterId as uuid))
						order by i.name, i.id limit :limit""", params);
		return Connection.of(rows, page, total,
				(initiative) -> KeysetCursor.of(initiative.getName(), initiative.getId()));
	}

	@QueryMapping
	Optional<Initiative> initiative(@Argument String id) {
		return GlobalId.idOf(id, "Initiative").flatMap(this::find);
	}

	@BatchMapping(typeName = "Initiative")
	@Transactional(readOnly = true)
	Map<Initiative, List<Activity>> activities(List<Initiative> initiatives) {
		Map<UUID, List<Activity>> byInitiative = new HashMap<>();
		this.jdbc.sql("""
				select id, initiative_id, archetype, province, maturity, reach_class, effort_class, reach, title,
				  digitalisation_form, obstacle, array_to_string(sectors, ',') as sectors
				from ecosystem_activity where initiative_id = any(:ids) order by title, id""")
			.param("ids", initiatives.stream().map(Initiative::getId).toArray(UUID[]::new))
			.query((row) -> {
				String sectors = row.getString("sectors");
				byInitiative
					.computeIfAbsent(row.getObject("initiative_id", UUID.class), (key) -> new java.util.ArrayList<>())
					.add(new Activity(GlobalId.encode("EcosystemActivity", row.getObject("id", UUID.class)),
							ActivityArchetype.valueOf(row.getString("archetype")),
							EnumColumns.valueOrNull(Province.class, row.getString("province")),
							EcosystemMaturity.valueOf(row.getString("maturity")),
							EnumColumns.valueOrNull(EcosystemLevel.class, row.getString("reach_class")),
							EnumColumns.valueOrNull(EcosystemLevel.class, row.getString("effort_class")),
							(Integer) row.getObject("reach"), row.getString("title"),
							EnumColumns.valueOrNull(DigitalisationForm.class, row.getString("digitalisation_form")),
							EnumColumns.valueOrNull(Obstacle.class, row.getString("obstacle")),
							(sectors == null || sectors.isEmpty()) ? List.of() : List.of(sectors.split(","))));
			});
		Map<Initiative, List<Activity>> result = new LinkedHashMap<>();
		initiatives
			.forEach((initiative) -> result.put(initiative, byInitiative.getOrDefault(initiative.getId(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Initiative")
	@Transactional(readOnly = true)
	Map<Initiative, List<InitiativeProvider>> providers(List<Initiative> initiatives) {
		Map<UUID, Map<String, List<ProviderRole>>> byInitiative = new HashMap<>();
		this.jdbc.sql("""
				select ip.initiative_id, p.name, ip.role from initiative_provider ip
				join provider p on p.id = ip.provider_id
				where ip.initiative_id = any(:ids) order by p.name, ip.role""")
			.param("ids", initiatives.stream().map(Initiative::getId).toArray(UUID[]::new))
			.query((row) -> {
				byInitiative.computeIfAbsent(row.getObject("initiative_id", UUID.class), (key) -> new LinkedHashMap<>())
					.computeIfAbsent(row.getString("name"), (key) -> new java.util.ArrayList<>())
					.add(ProviderRole.valueOf(row.getString("role")));
			});
		Map<Initiative, List<InitiativeProvider>> result = new LinkedHashMap<>();
		initiatives.forEach((initiative) -> result.put(initiative,
				byInitiative.getOrDefault(initiative.getId(), Map.of())
					.entrySet()
					.stream()
					.map((entry) -> new InitiativeProvider(entry.getKey(), List.copyOf(entry.getValue())))
					.toList()));
		return result;
	}

	/**
	 * The providers behind at least {@code minInitiatives} active initiatives, counting
	 * each initiative once whatever the roles, most first (Regioscan, Figuur 16).
	 */
	@QueryMapping
	@Transactional(readOnly = true)
	List<ProviderCount> ecosystemProviders(@Argument @Nullable Integer minInitiatives,
			@Argument @Nullable Integer first) {
		return this.jdbc.sql("""
				select p.name, count(distinct ip.initiative_id) as initiatives,
				  array_to_string(array_agg(distinct ip.role order by ip.role), ',') as roles
				from provider p join initiative_provider ip on ip.provider_id = p.id
				join initiative i on i.id = ip.initiative_id and i.archived_at is null
				group by p.name
				having count(distinct ip.initiative_id) >= :min
				order by initiatives desc, p.name limit :limit""")
			.param("min", Math.max(1, (minInitiatives != null) ? minInitiatives : 1))
			.param("limit", Math.clamp((first != null) ? first : 20, 1, PageRequest.MAX_PAGE_SIZE))
			.query((row, number) -> new ProviderCount(row.getString("name"), row.getInt("initiatives"),
					java.util.Arrays.stream(row.getString("roles").split(",")).map(ProviderRole::valueOf).toList()))
			.list();
	}

	/**
	 * The Regioscan's figures: activities per combination of dimensions with their
	 * shares, from one SQL aggregation.
	 */
	@QueryMapping
	List<EcosystemStatistics.StatisticsRow> ecosystemStatistics(@Argument List<EcosystemDimension> groupBy,
			@Argument @Nullable EcosystemDimension percentWithin,
			@Argument EcosystemStatistics.@Nullable StatisticsFilter filter) {
		return this.statistics.rows(groupBy, percentWithin, filter);
	}

	@MutationMapping
	InitiativeEditor.InitiativePayload initiativeCreate(@Argument InitiativeCreateInput input) {
		return this.editor.create(new InitiativeEditor.InitiativeInput(null, null, input.importKey(), input.name(),
				input.province(), true, input.description(), input.activities(), input.providers()));
	}

	@MutationMapping
	InitiativeEditor.InitiativePayload initiativeUpdate(@Argument InitiativeUpdateInput input) {
		ArgumentValue<Province> province = input.province();
		return this.editor.update(new InitiativeEditor.InitiativeInput(input.id(), input.expectedVersion(),
				input.importKey(), input.name(), (province != null) ? province.value() : null,
				province != null && !province.isOmitted(), input.description(), input.activities(), input.providers()));
	}

	@MutationMapping
	InitiativeEditor.InitiativeDeletePayload initiativeDelete(@Argument InitiativeDeleteInput input) {
		return this.editor.delete(input.id());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Initiative> find(UUID id) {
		return this.initiatives.findById(id).filter((initiative) -> !initiative.isArchived());
	}

	@Override
	public String typeName() {
		return "Initiative";
	}

	/**
	 * A new initiative.
	 *
	 * @param importKey the id the import files use for it
	 * @param name its name
	 * @param province where it is based; null for national
	 * @param description what it does
	 * @param activities its activities
	 * @param providers its providers
	 */
	record InitiativeCreateInput(@Nullable String importKey, @Nullable String name, @Nullable Province province,
			@Nullable String description, @Nullable List<InitiativeEditor.ActivityInput> activities,
			@Nullable List<InitiativeEditor.ProviderInput> providers) {
	}

	/**
	 * Changes to an initiative; what is left out stays.
	 *
	 * @param id the initiative
	 * @param expectedVersion the version read
	 * @param importKey a new import id
	 * @param name a new name
	 * @param province a new province; null for national
	 * @param description a new description
	 * @param activities its activities, replacing the old
	 * @param providers its providers, replacing the old
	 */
	record InitiativeUpdateInput(String id, @Nullable Integer expectedVersion, @Nullable String importKey,
			@Nullable String name, @Nullable ArgumentValue<Province> province, @Nullable String description,
			@Nullable List<InitiativeEditor.ActivityInput> activities,
			@Nullable List<InitiativeEditor.ProviderInput> providers) {
	}

	/**
	 * The initiative to remove.
	 *
	 * @param id the initiative
	 */
	record InitiativeDeleteInput(String id) {
	}

	/**
	 * Narrows the initiatives: all given conditions hold.
	 *
	 * @param province in this province, or with an activity there
	 * @param archetype with an activity of this archetype
	 * @param obstacle with an activity for this knelpunt
	 * @param search part of the name or description
	 */
	record InitiativeFilter(@Nullable Province province, @Nullable ActivityArchetype archetype,
			@Nullable Obstacle obstacle, @Nullable String search) {
	}

	/**
	 * An activity of an initiative in the Regioscan's typologies.
	 *
	 * @param id the global id
	 * @param archetype its archetype
	 * @param province where it runs
	 * @param maturity the maturity it is for
	 * @param reachClass its reach class (bereik)
	 * @param effortClass its effort class (inspanning)
	 * @param reach how many it reached; null when unknown
	 * @param title what it is
	 * @param digitalisationForm the form of digitalisation
	 * @param obstacle the knelpunt it addresses
	 * @param sectors the SBI sections it is for; empty for all
	 */
	record Activity(String id, ActivityArchetype archetype, @Nullable Province province, EcosystemMaturity maturity,
			@Nullable EcosystemLevel reachClass, @Nullable EcosystemLevel effortClass, @Nullable Integer reach,
			String title, @Nullable DigitalisationForm digitalisationForm, @Nullable Obstacle obstacle,
			List<String> sectors) {
	}

	/**
	 * A provider with the number of initiatives it is behind.
	 *
	 * @param name the provider's name
	 * @param initiatives how many active initiatives, each counted once
	 * @param roles the roles it has in any of them
	 */
	record ProviderCount(String name, int initiatives, List<ProviderRole> roles) {
	}

	/**
	 * A provider of an initiative with its roles there.
	 *
	 * @param name the provider's name
	 * @param roles initiatiefnemer, financier, uitvoerder
	 */
	record InitiativeProvider(String name, List<ProviderRole> roles) {
	}

}
