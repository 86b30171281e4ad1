package nl.werkplaatsen.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.monitor.InstrumentVersion.Option;
import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.tenancy.FigureScope;
import nl.werkplaatsen.platform.tenancy.ReplicaReads;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;

/**
 * The monitor's results: per question the respondents and the distribution over its
 * options (percent rounded half up), the mean of a scale, the impact matrix's positive
 * shares per question and category, expectation against result, and the response rate. A
 * werkplaats's staff count their own werkplaats, network coordinators any; the ministry
 * sees every figure based on fewer than {@value #SUPPRESS_BELOW} respondents suppressed.
 */
@Service
class MonitorResults {

	/** Fewer respondents than this, and the ministry sees no counts. */
	static final int SUPPRESS_BELOW = 5;

	private static final Set<String> POSITIVE = Set.of("REASONABLY", "SIGNIFICANTLY");

	private static final Set<String> NO_OPINION = Set.of("DONT_KNOW", "NOT_APPLICABLE");

	private final ReplicaReads figures;

	private final Instruments instruments;

	private final WerkplaatsDirectory werkplaatsen;

	MonitorResults(ReplicaReads figures, Instruments instruments, WerkplaatsDirectory werkplaatsen) {
		this.figures = figures;
		this.instruments = instruments;
		this.werkplaatsen = werkplaatsen;
	}

	@Transactional(readOnly = true)
	Results results(String instrumentKey, LocalDate from, LocalDate to, @Nullable GroupBy groupBy,
			@Nullable List<String> werkplaatsIds) {
		if (to.isBefore(from)) {
			throw new BadRequestException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		Scope scope = scope(werkplaatsIds);
		InstrumentVersion national = this.instruments.byKey(instrumentKey)
			.flatMap((version) -> this.instruments.byKey(version.nationalKey()))
			.orElseThrow(() -> new BadRequestException("No instrument has the key '" + instrumentKey + "'"));
		GroupBy grouping = (groupBy != null) ? groupBy : GroupBy.NONE;
		Map<String, Map<String, Map<String, Long>>> counts = new LinkedHashMap<>();
		Map<String, Map<String, Long>> respondents = new HashMap<>();
		this.figures.read((jdbc) -> {
			jdbc.sql("select * from monitor_distribution(:key, :from, :to, :group, :werkplaatsen)")
				.param("key", national.key())
				.param("from", from)
				.param("to", to)
				.param("group", grouping.name())
				.param("werkplaatsen", scope.werkplaatsen())
				.query((row) -> {
					String group = Objects.requireNonNullElse(row.getString("group_value"), "");
					String question = row.getString("question_key");
					counts.computeIfAbsent(group, (key) -> new HashMap<>())
						.computeIfAbsent(question, (key) -> new HashMap<>())
						.put(row.getString("answer_value"), row.getLong("answers"));
					respondents.computeIfAbsent(group, (key) -> new HashMap<>())
						.put(question, row.getLong("respondents"));
				});
			return null;
		});
		Map<UUID, Node> names = (grouping == GroupBy.WERKPLAATS) ? this.werkplaatsen
			.nodes(counts.keySet().stream().filter((key) -> !key.isEmpty()).map(UUID::fromString).toList())
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)) : Map.of();
		List<Group> groups = counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((group) -> group(grouping, group.getKey(), national, group.getValue(), respondents.get(group.getKey()),
					scope.suppress(), names))
			.toList();
		return new Results(national.key(), groups,
				(national.instrument() == MonitorInstrument.ONE_MEASUREMENT) ? expectations(from, to, scope)
						: List.of(),
				(national.instrument() == MonitorInstrument.ONE_MEASUREMENT) ? responseRate(from, to, scope) : null);
	}

	private Group group(GroupBy grouping, String value, InstrumentVersion national,
			Map<String, Map<String, Long>> counts, Map<String, Long> respondents, boolean suppress,
			Map<UUID, Node> names) {
		List<QuestionResult> questions = new ArrayList<>();
		Map<String, long[]> categories = new LinkedHashMap<>();
		for (Question question : national.questions()) {
			Map<String, Long> answers = counts.get(question.key());
			if (answers == null) {
				continue;
			}
			long total = respondents.get(question.key());
			long positive = answers.entrySet()
				.stream()
				.filter((answer) -> POSITIVE.contains(answer.getKey()))
				.mapToLong(Map.Entry::getValue)
				.sum();
			long base = total - answers.entrySet()
				.stream()
				.filter((answer) -> NO_OPINION.contains(answer.getKey()))
				.mapToLong(Map.Entry::getValue)
				.sum();
			if (question.category() != null) {
				long[] category = categories.computeIfAbsent(question.category(), (key) -> new long[2]);
				category[0] += base;
				category[1] += positive;
			}
			if (suppress && total < SUPPRESS_BELOW) {
				questions.add(new QuestionResult(question.key(), question.text(), null, true, List.of(), null, null));
				continue;
			}
			List<OptionCount> distribution = new ArrayList<>();
			for (Option option : question.options()) {
				long count = answers.getOrDefault(option.value(), 0L);
				distribution.add(new OptionCount(option.value(), option.label(), count, percent(count, total)));
			}
			answers.keySet()
				.stream()
				.filter((answer) -> question.options().stream().noneMatch((option) -> option.value().equals(answer)))
				.sorted()
				.forEach((answer) -> distribution
					.add(new OptionCount(answer, answer, answers.get(answer), percent(answers.get(answer), total))));
			questions.add(new QuestionResult(question.key(), question.text(), total, false, distribution,
					(question.kind() == QuestionKind.SCALE) ? mean(answers, total) : null,
					(question.category() != null && base > 0) ? percent(positive, base) : null));
		}
		List<CategoryResult> categoryResults = categories.entrySet().stream().map((category) -> {
			long base = category.getValue()[0];
			long positive = category.getValue()[1];
			boolean hidden = suppress && base < SUPPRESS_BELOW;
			return new CategoryResult(category.getKey(), hidden ? null : base, hidden ? null : positive,
					(hidden || base == 0) ? null : percent(positive, base), hidden);
		}).toList();
		Node werkplaats = (grouping == GroupBy.WERKPLAATS && !value.isEmpty()) ? names.get(UUID.fromString(value))
				: null;
		return new Group(werkplaats, (grouping == GroupBy.SECTOR && !value.isEmpty()) ? value : null,
				(grouping == GroupBy.SIZE_CLASS && !value.isEmpty()) ? value : null, questions, categoryResults);
	}

	private List<ExpectationResult> expectations(LocalDate from, LocalDate to, Scope scope) {
		return this.figures
			.read((jdbc) -> jdbc.sql("select * from monitor_expectation_results(:from, :to, :werkplaatsen)")
				.param("from", from)
				.param("to", to)
				.param("werkplaatsen", scope.werkplaatsen())
				.query((row, number) -> {
					long respondents = row.getLong("respondents");
					long agreeing = row.getLong("agreeing");
					boolean hidden = scope.suppress() && respondents < SUPPRESS_BELOW;
					return new ExpectationResult(row.getString("expectation"), row.getString("question_key"),
							hidden ? null : respondents, hidden ? null : agreeing,
							hidden ? null : percent(agreeing, respondents), hidden);
				})
				.list())
			.stream()
			.sorted(Comparator.comparing(ExpectationResult::expectation).thenComparing(ExpectationResult::statement))
			.toList();
	}

	private ResponseRate responseRate(LocalDate from, LocalDate to, Scope scope) {
		long[] totals = new long[3];
		this.figures.read((jdbc) -> {
			jdbc.sql("select * from monitor_response_rate(:from, :to, :werkplaatsen)")
				.param("from", from)
				.param("to", to)
				.param("werkplaatsen", scope.werkplaatsen())
				.query((row) -> {
					totals[0] += row.getLong("completed");
					totals[1] += row.getLong("sent");
					totals[2] += row.getLong("answered");
				});
			return null;
		});
		return new ResponseRate(totals[0], totals[1], totals[2],
				(totals[1] > 0) ? percent(totals[2], totals[1]) : null);
	}

	/** Which werkplaatsen the caller may count, and whether small groups are hidden. */
	private static Scope scope(@Nullable List<String> werkplaatsIds) {
		List<UUID> asked = (werkplaatsIds != null) ? werkplaatsIds.stream()
			.map((id) -> GlobalId.idOf(id, "Werkplaats")
				.orElseThrow(() -> new BadRequestException("'" + id + "' is not a werkplaats's id")))
			.toList() : null;
		FigureScope scope = FigureScope.ofCurrentCaller(asked, "monitor results");
		return new Scope(scope.asArray(), scope.suppressSmallGroups());
	}

	static int percent(long part, long whole) {
		return BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

	private static @Nullable Double mean(Map<String, Long> answers, long respondents) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, Long> answer : answers.entrySet()) {
			try {
				sum = sum.add(new BigDecimal(answer.getKey()).multiply(BigDecimal.valueOf(answer.getValue())));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return sum.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP).doubleValue();
	}

	private record Scope(UUID @Nullable [] werkplaatsen, boolean suppress) {
	}

	/** How results are grouped. */
	enum GroupBy {

		/** One group of everything counted. */
		NONE,

		/** Per werkplaats. */
		WERKPLAATS,

		/** Per SBI section of the organisation. */
		SECTOR,

		/** Per size class of the organisation. */
		SIZE_CLASS

	}

	/**
	 * The results of an instrument in a period.
	 *
	 * @param instrumentKey the national version counted
	 * @param groups per group, its questions
	 * @param expectations expectation against result (1-meting only)
	 * @param responseRate the 1-meting's response rate (1-meting only)
	 */
	record Results(String instrumentKey, List<Group> groups, List<ExpectationResult> expectations,
			@Nullable ResponseRate responseRate) {
	}

	/**
	 * One group's results.
	 *
	 * @param werkplaats the werkplaats, grouped by werkplaats
	 * @param sector the SBI section, grouped by sector (null: unknown)
	 * @param sizeClass the size class, grouped by size class (null: unknown)
	 * @param questions per question
	 * @param categories the impact matrix's categories
	 */
	record Group(@Nullable Node werkplaats, @Nullable String sector, @Nullable String sizeClass,
			List<QuestionResult> questions, List<CategoryResult> categories) {
	}

	/**
	 * One question's results.
	 *
	 * @param question its key
	 * @param text what it asks
	 * @param respondents how many answered it; null when suppressed
	 * @param suppressed whether the counts are hidden (fewer than five respondents)
	 * @param distribution per option its count and percent
	 * @param mean the mean of a scale
	 * @param positivePercent for the impact matrix, the share in redelijke or belangrijke
	 * mate, weet niet and niet van toepassing left out of the base
	 */
	record QuestionResult(String question, String text, @Nullable Long respondents, boolean suppressed,
			List<OptionCount> distribution, @Nullable Double mean, @Nullable Integer positivePercent) {
	}

	/**
	 * How many chose an option.
	 *
	 * @param value the option's value
	 * @param label its label
	 * @param count how many chose it
	 * @param percent of the question's respondents, rounded half up
	 */
	record OptionCount(String value, String label, long count, int percent) {
	}

	/**
	 * An impact matrix category (weten, willen, kunnen).
	 *
	 * @param category its name
	 * @param answers its answers with an opinion; null when suppressed
	 * @param positive of those, in redelijke or belangrijke mate
	 * @param percent their share, rounded half up
	 * @param suppressed whether the counts are hidden
	 */
	record CategoryResult(String category, @Nullable Long answers, @Nullable Long positive, @Nullable Integer percent,
			boolean suppressed) {
	}

	/**
	 * How organisations with an expectation answered a 1-meting statement.
	 *
	 * @param expectation the 0-meting's vraag 5 answer
	 * @param statement the 1-meting's vraag 1 statement (q1a to q1g)
	 * @param respondents organisations that answered both; null when suppressed
	 * @param agreeing of those, agreeing or fully agreeing
	 * @param percent their share, rounded half up
	 * @param suppressed whether the counts are hidden
	 */
	record ExpectationResult(String expectation, String statement, @Nullable Long respondents, @Nullable Long agreeing,
			@Nullable Integer percent, boolean suppressed) {
	}

	/**
	 * The 1-meting's response rate.
	 *
	 * @param completed trajecten completed in the period
	 * @param sent 1-metingen sent for them
	 * @param answered of those, answered
	 * @param percentAnswered answered of sent, rounded half up
	 */
	record ResponseRate(long completed, long sent, long answered, @Nullable Integer percentAnswered) {
	}

}
