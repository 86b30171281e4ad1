package nl.werkplaatsen.ecosystem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.werkplaats.Province;

/**
 * Network coordinators keep the ecosystem map by hand between imports: add an initiative
 * with its activities and providers, change it, or remove it (archived instead while a
 * referral points to it). Every problem of the input is reported at once, and nothing is
 * stored while any remains.
 */
@Service
class InitiativeEditor {

	private static final int MAX_NAME = 300;

	private static final int MAX_TITLE = 500;

	private static final int MAX_DESCRIPTION = 10_000;

	private static final int MAX_KEY = 64;

	private final InitiativeRepository initiatives;

	private final JdbcClient jdbc;

	private final Clock clock;

	InitiativeEditor(InitiativeRepository initiatives, JdbcClient jdbc, Clock clock) {
		this.initiatives = initiatives;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	InitiativePayload create(InitiativeInput input) {
		UserErrors errors = new UserErrors();
		String name = errors.requiredText("name", input.name(), MAX_NAME);
		String description = errors.optionalText("description", input.description(), MAX_DESCRIPTION);
		String importKey = importKey(errors, input.importKey(), null);
		List<ActivityRow> activities = activities(errors, input.activities());
		List<ProviderRow> providers = providers(errors, input.providers());
		if (errors.any()) {
			return InitiativePayload.refused(errors);
		}
		Initiative initiative = this.initiatives.saveAndFlush(new Initiative(importKey,
				java.util.Objects.requireNonNull(name), input.province(), (description != null) ? description : ""));
		replaceActivities(initiative.getId(), (activities != null) ? activities : List.of());
		replaceProviders(initiative.getId(), (providers != null) ? providers : List.of());
		return new InitiativePayload(initiative, List.of());
	}

	@Transactional
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	InitiativePayload update(InitiativeInput input) {
		UserErrors errors = new UserErrors();
		Optional<Initiative> found = active(input.id());
		if (found.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "id", "There is no initiative with this id on the map.");
			return InitiativePayload.refused(errors);
		}
		Initiative initiative = found.get();
		errors.expectedVersion("initiative", input.expectedVersion(), initiative.getVersion());
		String name = (input.name() != null) ? errors.requiredText("name", input.name(), MAX_NAME) : null;
		String description = (input.description() != null) ? java.util.Objects
			.requireNonNullElse(errors.optionalText("description", input.description(), MAX_DESCRIPTION), "") : null;
		String importKey = importKey(errors, input.importKey(), initiative.getId());
		List<ActivityRow> activities = activities(errors, input.activities());
		List<ProviderRow> providers = providers(errors, input.providers());
		if (errors.any()) {
			return InitiativePayload.refused(errors);
		}
		initiative.change(importKey, name, input.province(), input.provinceGiven(), description, this.clock.instant());
		this.initiatives.saveAndFlush(initiative);
		if (activities != null) {
			replaceActivities(initiative.getId(), activities);
		}
		if (providers != null) {
			replaceProviders(initiative.getId(), providers);
		}
		return new InitiativePayload(initiative, List.of());
	}

	@Transactional
	@PreAuthorize("hasRole('NETWORK_COORDINATOR')")
	InitiativeDeletePayload delete(String id) {
		Optional<Initiative> found = active(id);
		if (found.isEmpty()) {
			return new InitiativeDeletePayload(null, false,
					new UserErrors()
						.add(UserErrorCode.NOT_FOUND, "id", "There is no initiative with this id on the map.")
						.list());
		}
		boolean archived = this.jdbc.sql("select archived from ecosystem_remove_initiatives(array[cast(? as uuid)])")
			.param(found.get().getId())
			.query(Integer.class)
			.single() > 0;
		deleteUnusedProviders();
		return new InitiativeDeletePayload(id, archived, List.of());
	}

	private Optional<Initiative> active(@Nullable String id) {
		return GlobalId.idOf((id != null) ? id : "", "Initiative")
			.flatMap(this.initiatives::findById)
			.filter((initiative) -> !initiative.isArchived());
	}

	private @Nullable String importKey(UserErrors errors, @Nullable String value, @Nullable UUID self) {
		String key = errors.optionalText("importKey", value, MAX_KEY);
		if (key != null && this.initiatives.existsByImportKeyAndIdNot(key, (self != null) ? self : new UUID(0, 0))) {
			errors.add(UserErrorCode.CONFLICT, "importKey",
					"Another initiative has the import id '" + key + "'; the import files would mix them up.");
		}
		return key;
	}

	private static @Nullable List<ActivityRow> activities(UserErrors errors, @Nullable List<ActivityInput> inputs) {
		if (inputs == null) {
			return null;
		}
		List<ActivityRow> rows = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ActivityInput input = inputs.get(i);
			String prefix = "activities." + i + ".";
			String title = errors.requiredText(prefix + "title", input.title(), MAX_TITLE);
			errors.range(prefix + "reach", input.reach(), 0, Integer.MAX_VALUE);
			List<String> sectors = new ArrayList<>(new LinkedHashSet<>((input.sectors() != null)
					? input.sectors().stream().map((sector) -> sector.strip().toUpperCase(Locale.ROOT)).toList()
					: List.of()));
			if (sectors.stream()
				.anyMatch((sector) -> sector.length() != 1 || !ImportReader.SBI_SECTIONS.contains(sector))) {
				errors.add(UserErrorCode.INVALID_FORMAT, prefix + "sectors",
						"Sectors are SBI section letters, A to U; leave the list empty for all sectors.");
			}
			rows.add(new ActivityRow(input.archetype(), input.province(), input.maturity(), input.reachClass(),
					input.effortClass(), input.reach(), title, input.digitalisationForm(), input.obstacle(),
					sectors.stream().sorted().toList()));
		}
		return rows;
	}

	private static @Nullable List<ProviderRow> providers(UserErrors errors, @Nullable List<ProviderInput> inputs) {
		if (inputs == null) {
			return null;
		}
		List<ProviderRow> rows = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			ProviderInput input = inputs.get(i);
			String name = errors.requiredText("providers." + i + ".name", input.name(), MAX_NAME);
			if (input.roles() == null || input.roles().isEmpty()) {
				errors.add(UserErrorCode.REQUIRED, "providers." + i + ".roles",
						"Give the provider's roles: initiator, financier or executor.");
			}
			else if (name != null) {
				rows.add(new ProviderRow(name, List.copyOf(new LinkedHashSet<>(input.roles()))));
			}
		}
		return rows;
	}

	private void replaceActivities(UUID initiative, List<ActivityRow> activities) {
		this.jdbc.sql("delete from ecosystem_activity where initiative_id = ?").param(initiative).update();
		for (ActivityRow activity : activities) {
			this.jdbc.sql("""
					insert into ecosystem_activity (id, initiative_id, archetype, province, maturity, reach_class,
					  effort_class, reach, title, digitalisation_form, obstacle, sectors)
					values (gen_random_uuid(), :initiative, :archetype, :province, :maturity, :reachClass,
					  :effortClass, :reach, :title, :form, :obstacle, cast(:sectors as varchar(1)[]))""")
				.param("initiative", initiative)
				.param("archetype", activity.archetype().name())
				.param("province", name(activity.province()))
				.param("maturity", activity.maturity().name())
				.param("reachClass", name(activity.reachClass()))
				.param("effortClass", name(activity.effortClass()))
				.param("reach", activity.reach())
				.param("title", activity.title())
				.param("form", name(activity.digitalisationForm()))
				.param("obstacle", name(activity.obstacle()))
				.param("sectors", "{" + String.join(",", activity.sectors()) + "}")
				.update();
		}
	}

	private void replaceProviders(UUID initiative, List<ProviderRow> providers) {
		this.jdbc.sql("delete from initiative_provider where initiative_id = ?").param(initiative).update();
		for (ProviderRow provider : providers) {
			this.jdbc.sql("insert into provider (id, name) values (gen_random_uuid(), ?) on conflict (name) do nothing")
				.param(provider.name())
				.update();
			for (ProviderRole role : provider.roles()) {
				this.jdbc.sql("""
						insert into initiative_provider (initiative_id, provider_id, role)
						select ?, id, ? from provider where name = ? on conflict do nothing""")
					.params(initiative, role.name(), provider.name())
					.update();
			}
		}
		deleteUnusedProviders();
	}

	/** A provider is on the map through its initiatives only. */
	private void deleteUnusedProviders() {
		this.jdbc.sql("""
				delete from provider p
				where not exists (select 1 from initiative_provider ip where ip.provider_id = p.id)""").update();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/**
	 * What to store of an initiative; on update, null leaves a field as it is and a given
	 * list of activities or providers replaces the old.
	 *
	 * @param id the initiative's global id (update only)
	 * @param expectedVersion the version read (update only)
	 * @param importKey the id the import files use for it
	 * @param name its name
	 * @param province where it is based; null for national
	 * @param provinceGiven whether the input named a province (null included)
	 * @param description what it does
	 * @param activities its activities
	 * @param providers its providers with their roles
	 */
	record InitiativeInput(@Nullable String id, @Nullable Integer expectedVersion, @Nullable String importKey,
			@Nullable String name, @Nullable Province province, boolean provinceGiven, @Nullable String description,
			@Nullable List<ActivityInput> activities, @Nullable List<ProviderInput> providers) {
	}

	/**
	 * An activity as the API takes it.
	 *
	 * @param archetype its archetype
	 * @param province where it runs
	 * @param maturity the maturity it is for
	 * @param reachClass its reach class
	 * @param effortClass its effort class
	 * @param reach how many it reached; null when unknown
	 * @param title what it is
	 * @param digitalisationForm its form of digitalisation
	 * @param obstacle the knelpunt it addresses
	 * @param sectors SBI section letters; empty for all
	 */
	record ActivityInput(ActivityArchetype archetype, @Nullable Province province, EcosystemMaturity maturity,
			@Nullable EcosystemLevel reachClass, @Nullable EcosystemLevel effortClass, @Nullable Integer reach,
			@Nullable String title, @Nullable DigitalisationForm digitalisationForm, @Nullable Obstacle obstacle,
			@Nullable List<String> sectors) {
	}

	/**
	 * A provider as the API takes it.
	 *
	 * @param name its name
	 * @param roles its roles for the initiative
	 */
	record ProviderInput(@Nullable String name, @Nullable List<ProviderRole> roles) {
	}

	private record ActivityRow(ActivityArchetype archetype, @Nullable Province province, EcosystemMaturity maturity,
			@Nullable EcosystemLevel reachClass, @Nullable EcosystemLevel effortClass, @Nullable Integer reach,
			@Nullable String title, @Nullable DigitalisationForm digitalisationForm, @Nullable Obstacle obstacle,
			List<String> sectors) {
	}

	private record ProviderRow(String name, List<ProviderRole> roles) {
	}

	/**
	 * The answer to creating or changing an initiative.
	 *
	 * @param initiative the initiative as it is now; null when nothing was stored
	 * @param userErrors what was wrong with the input
	 */
	record InitiativePayload(@Nullable Initiative initiative, List<UserError> userErrors) {

		static InitiativePayload refused(UserErrors errors) {
			return new InitiativePayload(null, errors.list());
		}

	}

	/**
	 * The answer to removing an initiative.
	 *
	 * @param deletedInitiativeId its global id; null when nothing was removed
	 * @param archived whether it was archived instead, as a referral points to it
	 * @param userErrors what was wrong with the input
	 */
	record InitiativeDeletePayload(@Nullable String deletedInitiativeId, boolean archived, List<UserError> userErrors) {
	}

}
