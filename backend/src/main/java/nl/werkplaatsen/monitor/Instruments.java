package nl.werkplaatsen.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.monitor.InstrumentVersion.Option;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Actor.ActingWerkplaats;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * The instrument versions a caller may see, with their questions, and a werkplaats's own
 * questions appended to a national version as a new version of its own.
 */
@Service
class Instruments {

	static final Pattern QUESTION_KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

	private static final List<Option> ONE_TO_TEN = java.util.stream.IntStream.rangeClosed(1, 10)
		.mapToObj((i) -> new Option(String.valueOf(i), String.valueOf(i), false))
		.toList();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Tenancy tenancy;

	Instruments(JdbcClient jdbc, JsonMapper json, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.json = json;
		this.tenancy = tenancy;
	}

	/**
	 * The national versions and the caller's werkplaats's own (for network coordinators
	 * every werkplaats's), current ones only unless asked; national first, in order.
	 */
	@Transactional(readOnly = true)
	List<InstrumentVersion> visible(boolean includeSucceeded) {
		if (Actor.current().isNetworkCoordinator()) {
			return this.tenancy.readNationally(() -> load(includeSucceeded, null));
		}
		return load(includeSucceeded, null);
	}

	/** The version with this key, as the caller may see it. */
	@Transactional(readOnly = true)
	Optional<InstrumentVersion> byKey(String key) {
		return load(true, key).stream().findFirst();
	}

	/**
	 * The current version a werkplaats's form shows for an instrument: its own version if
	 * it has one, otherwise the national one; for the current werkplaats.
	 */
	@Transactional(readOnly = true)
	InstrumentVersion currentFor(MonitorInstrument instrument, UUID werkplaatsId) {
		List<InstrumentVersion> current = load(false, null);
		return current.stream()
			.filter((version) -> version.instrument() == instrument)
			.filter((version) -> werkplaatsId.equals(version.werkplaatsId()))
			.findFirst()
			.or(() -> current.stream()
				.filter((version) -> version.instrument() == instrument && version.isNational())
				.findFirst())
			.orElseThrow(() -> new IllegalStateException("No current national version of " + instrument));
	}

	/** Within the caller's transaction, so row-level security decides what is seen. */
	private List<InstrumentVersion> load(boolean includeSucceeded, @Nullable String key) {
		// National versions, then the werkplaatsen's own as row-level security lets the
		// caller see them.
		List<Row> rows = this.jdbc
			.sql("""
					select * from (
					  select v.id, v.key, v.instrument, v.version, v.title, null::uuid as werkplaats_id,
					    v.succeeded_at is not null as succeeded, v.key as national_key, v.id as national_id
					  from monitor_instrument_version v
					  union all
					  select o.id, o.key, n.instrument, o.version, n.title, o.werkplaats_id, o.succeeded_at is not null,
					    n.key, n.id
					  from monitor_own_version o join monitor_instrument_version n on n.id = o.national_version_id) v
					where (:all or not v.succeeded) and (cast(:key as text) is null or v.key = cast(:key as text))
					order by array_position(array['ZERO_MEASUREMENT', 'ONE_MEASUREMENT', 'IMPACT_MATRIX'], v.instrument::text),
					  v.werkplaats_id nulls first, v.version""")
			.param("all", includeSucceeded)
			.param("key", key)
			.query((row, number) -> new Row(row.getObject("id", UUID.class), row.getString("key"),
					MonitorInstrument.valueOf(row.getString("instrument")), row.getInt("version"),
					row.getString("title"), row.getObject("werkplaats_id", UUID.class), row.getBoolean("succeeded"),
					row.getString("national_key"), row.getObject("national_id", UUID.class)))
			.list();
		Set<UUID> ids = new HashSet<>();
		rows.forEach((row) -> {
			ids.add(row.id());
			ids.add(row.nationalId());
		});
		Map<UUID, List<Question>> questions = new HashMap<>();
		this.jdbc.sql("""
				select version_id, key, position, text, kind, required, question_group, category, options
				from monitor_question where version_id = any(:ids)
				union all
				select own_version_id, key, position, text, kind, required, null, null, options
				from monitor_own_question where own_version_id = any(:ids)
				order by position, key""").param("ids", ids.toArray(UUID[]::new)).query((row) -> {
			questions.computeIfAbsent(row.getObject("version_id", UUID.class), (id) -> new ArrayList<>())
				.add(question(row));
		});
		return rows.stream().map((row) -> {
			List<Question> all = new ArrayList<>(questions.getOrDefault(row.nationalId(), List.of()));
			if (!row.id().equals(row.nationalId())) {
				questions.getOrDefault(row.id(), List.of())
					.forEach((own) -> all.add(new Question(own.key(), own.text(), own.kind(), own.required(),
							own.group(), own.category(), own.options(), false)));
			}
			return new InstrumentVersion(row.id(), row.key(), row.instrument(), row.version(), row.title(),
					row.werkplaatsId(), row.nationalKey(), row.succeeded(), List.copyOf(all));
		}).toList();
	}

	private Question question(ResultSet row) throws SQLException {
		List<Map<String, Object>> options = this.json.readValue(row.getString("options"),
				new TypeReference<List<Map<String, Object>>>() {
				});
		return new Question(row.getString("key"), row.getString("text"), QuestionKind.valueOf(row.getString("kind")),
				row.getBoolean("required"), row.getString("question_group"), row.getString("category"),
				options.stream()
					.map((option) -> new Option((String) option.get("value"), (String) option.get("label"),
							Boolean.TRUE.equals(option.get("other"))))
					.toList(),
				true);
	}

	/**
	 * Sets the current werkplaats's own questions for an instrument: a new version of the
	 * werkplaats that appends them to the current national version, succeeding its
	 * previous one (kept for the answers it has); none ends the werkplaats's own version.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	OwnQuestionsPayload setOwnQuestions(MonitorInstrument instrument, List<QuestionInput> inputs) {
		ActingWerkplaats werkplaats = Objects.requireNonNull(Actor.current().werkplaats());
		InstrumentVersion national = load(false, null).stream()
			.filter((version) -> version.instrument() == instrument && version.isNational())
			.findFirst()
			.orElseThrow();
		UserErrors errors = new UserErrors();
		List<Question> own = validate(inputs, national, errors);
		if (errors.any()) {
			return new OwnQuestionsPayload(null, errors.list());
		}
		this.jdbc.sql("""
				update monitor_own_version set succeeded_at = now()
				where werkplaats_id = :werkplaats and national_version_id = :national and succeeded_at is null""")
			.param("werkplaats", werkplaats.id())
			.param("national", national.id())
			.update();
		if (own.isEmpty()) {
			return new OwnQuestionsPayload(national, List.of());
		}
		int number = this.jdbc.sql("""
				select coalesce(max(version), 0) + 1 from monitor_own_version
				where werkplaats_id = :werkplaats and national_version_id = :national""")
			.param("werkplaats", werkplaats.id())
			.param("national", national.id())
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		String key = national.key() + "+" + werkplaats.slug().toUpperCase(Locale.ROOT) + "-V" + number;
		this.jdbc.sql("""
				insert into monitor_own_version (id, werkplaats_id, key, national_version_id, version)
				values (:id, :werkplaats, :key, :national, :version)""")
			.param("id", id)
			.param("werkplaats", werkplaats.id())
			.param("key", key)
			.param("national", national.id())
			.param("version", number)
			.update();
		int position = 1000;
		for (Question question : own) {
			this.jdbc.sql("""
					insert into monitor_own_question (id, werkplaats_id, own_version_id, key, position, text, kind,
					  required, options)
					values (gen_random_uuid(), :werkplaats, :version, :key, :position, :text, :kind, :required,
					  cast(:options as jsonb))""")
				.param("werkplaats", werkplaats.id())
				.param("version", id)
				.param("key", question.key())
				.param("position", position++)
				.param("text", question.text())
				.param("kind", question.kind().name())
				.param("required", question.required())
				.param("options",
						this.json.writeValueAsString(question.options()
							.stream()
							.map((option) -> Map.of("value", option.value(), "label", option.label()))
							.toList()))
				.update();
		}
		return new OwnQuestionsPayload(load(false, key).getFirst(), List.of());
	}

	private static List<Question> validate(List<QuestionInput> inputs, InstrumentVersion national, UserErrors errors) {
		Set<String> keys = new HashSet<>();
		national.questions().forEach((question) -> keys.add(question.key()));
		List<Question> questions = new ArrayList<>();
		if (inputs.size() > 20) {
			errors.add(UserErrorCode.OUT_OF_RANGE, "questions", "A werkplaats may add at most 20 questions.");
		}
		for (int i = 0; i < inputs.size(); i++) {
			QuestionInput input = inputs.get(i);
			String field = "questions." + i;
			String key = (input.key() != null) ? input.key().strip() : "";
			if (!QUESTION_KEY.matcher(key).matches()) {
				errors.add(UserErrorCode.INVALID_FORMAT, field + ".key",
						"A key is a lower-case letter followed by up to 39 lower-case letters, digits or _.");
			}
			else if (!keys.add(key)) {
				errors.add(UserErrorCode.CONFLICT, field + ".key", "The key '" + key
						+ "' is taken by a national question or another of yours; national questions never change.");
			}
			String text = errors.requiredText(field + ".text", input.text(), 1000);
			List<Option> options = new ArrayList<>();
			List<OptionInput> given = (input.options() != null) ? input.options() : List.of();
			Set<String> values = new HashSet<>();
			for (int o = 0; o < given.size(); o++) {
				String value = errors.requiredText(field + ".options." + o + ".value", given.get(o).value(), 50);
				String label = errors.requiredText(field + ".options." + o + ".label", given.get(o).label(), 300);
				if (value != null && !values.add(value)) {
					errors.add(UserErrorCode.CONFLICT, field + ".options." + o + ".value",
							"The value '" + value + "' is given twice.");
				}
				if (value != null && label != null) {
					options.add(new Option(value, label, false));
				}
			}
			switch (input.kind()) {
				case OPEN -> {
					if (!given.isEmpty()) {
						errors.add(UserErrorCode.INVALID_FORMAT, field + ".options",
								"An open question has no options.");
					}
				}
				case SCALE -> {
					if (given.isEmpty()) {
						options.addAll(ONE_TO_TEN);
					}
					else if (given.size() < 2) {
						errors.add(UserErrorCode.OUT_OF_RANGE, field + ".options",
								"A scale needs at least two values, in order.");
					}
				}
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
					if (given.size() < 2 || given.size() > 30) {
						errors.add(UserErrorCode.OUT_OF_RANGE, field + ".options", "A choice needs 2 to 30 options.");
					}
				}
			}
			questions.add(new Question(key, (text != null) ? text : "", input.kind(),
					Boolean.TRUE.equals(input.required()), null, null, List.copyOf(options), false));
		}
		return questions;
	}

	private record Row(UUID id, String key, MonitorInstrument instrument, int version, String title,
			@Nullable UUID werkplaatsId, boolean succeeded, String nationalKey, UUID nationalId) {
	}

	/**
	 * A werkplaats's own question.
	 *
	 * @param key its stable key
	 * @param text what it asks
	 * @param kind how it is answered
	 * @param required whether a response must answer it
	 * @param options the answers to choose, in order; for a scale, its values (1 to 10
	 * when none are given)
	 */
	record QuestionInput(@Nullable String key, @Nullable String text, QuestionKind kind, @Nullable Boolean required,
			@Nullable List<OptionInput> options) {
	}

	/**
	 * An answer to choose.
	 *
	 * @param value what is stored
	 * @param label what is shown
	 */
	record OptionInput(@Nullable String value, @Nullable String label) {
	}

	/**
	 * The result of setting a werkplaats's own questions.
	 *
	 * @param instrument the version its forms now show; null when nothing changed
	 * @param userErrors what was wrong with the input
	 */
	record OwnQuestionsPayload(@Nullable InstrumentVersion instrument, List<UserError> userErrors) {
	}

}
