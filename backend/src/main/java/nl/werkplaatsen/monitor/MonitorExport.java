package nl.werkplaatsen.monitor;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.monitor.InstrumentVersion.Question;
import nl.werkplaatsen.platform.export.TableExport;
import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.FigureScope;
import nl.werkplaatsen.platform.tenancy.ReplicaReads;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The answers of a national instrument in a period as a table for RVO, one row per
 * response and one column per national question, streamed as the database reads them: no
 * name, no email; the KVK number only for network coordinators; for the ministry neither
 * free texts nor werkplaatsen with fewer than {@value MonitorResults#SUPPRESS_BELOW}
 * responses.
 */
@Service
class MonitorExport {

	private final ReplicaReads figures;

	private final Instruments instruments;

	private final WerkplaatsDirectory werkplaatsen;

	MonitorExport(ReplicaReads figures, Instruments instruments, WerkplaatsDirectory werkplaatsen) {
		this.figures = figures;
		this.instruments = instruments;
		this.werkplaatsen = werkplaatsen;
	}

	@Transactional(readOnly = true)
	void export(String instrumentKey, LocalDate from, LocalDate to, TableExport.Format format,
			HttpServletResponse response) {
		if (to.isBefore(from)) {
			throw new BadRequestException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		FigureScope scope = FigureScope.ofCurrentCaller(null, "monitor answers");
		boolean withKvk = Actor.current().isNetworkCoordinator();
		boolean withTexts = !scope.suppressSmallGroups();
		InstrumentVersion national = this.instruments.byKey(instrumentKey)
			.flatMap((version) -> this.instruments.byKey(version.nationalKey()))
			.orElseThrow(() -> new BadRequestException("No instrument has the key '" + instrumentKey + "'"));
		List<Column> columns = new ArrayList<>();
		for (Question question : national.questions()) {
			if (question.kind() != QuestionKind.OPEN) {
				columns.add(new Column(question.key(), false, question.key() + ": " + question.text()));
			}
			if (withTexts && (question.kind() == QuestionKind.OPEN || question.otherOption() != null)) {
				columns.add(new Column(question.key(), true, question.key()
						+ ((question.kind() == QuestionKind.OPEN) ? ": " + question.text() : " (anders, namelijk)")));
			}
		}
		List<String> headers = new ArrayList<>(List.of("Werkplaats", "Beantwoord op", "Kanaal"));
		if (withKvk) {
			headers.add("KVK-nummer");
		}
		columns.forEach((column) -> headers.add(column.header()));
		Map<UUID, String> names = new HashMap<>();
		try (TableExport table = TableExport.download(response, format,
				"monitor-" + national.key() + "-" + from + "-" + to, national.title(), headers)) {
			Pending pending = new Pending();
			this.figures.read((jdbc) -> {
				jdbc.sql("select * from monitor_answers_export(:key, :from, :to, :werkplaatsen, :minimum)")
					.param("key", national.key())
					.param("from", from)
					.param("to", to)
					.param("werkplaatsen", scope.asArray())
					.param("minimum", scope.suppressSmallGroups() ? MonitorResults.SUPPRESS_BELOW : 0)
					.query((row) -> {
						UUID id = row.getObject("response_id", UUID.class);
						if (!id.equals(pending.id)) {
							pending.writeTo(table, columns, withKvk);
							UUID werkplaats = row.getObject("werkplaats_id", UUID.class);
							pending.start(id, names.computeIfAbsent(werkplaats, this::nameOf),
									row.getObject("answered_on", LocalDate.class), row.getString("channel"),
									row.getString("kvk_number"));
						}
						String question = row.getString("question_key");
						if (question != null) {
							pending.values.put(question, String.join(";", strings(row.getArray("answer_values"))));
							String text = row.getString("text");
							if (text != null) {
								pending.texts.put(question, text);
							}
						}
					});
				return null;
			});
			pending.writeTo(table, columns, withKvk);
		}
	}

	private String nameOf(UUID werkplaats) {
		return this.werkplaatsen.nodes(List.of(werkplaats))
			.values()
			.stream()
			.map(WerkplaatsNode::getName)
			.findFirst()
			.orElse(werkplaats.toString());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(Objects::toString).toList() : List.of();
	}

	/** A column of the table: a question's chosen values, or its text. */
	private record Column(String question, boolean text, String header) {
	}

	/** The response being read, written once its last answer is in. */
	private static final class Pending {

		private @Nullable UUID id;

		private List<@Nullable Object> start = List.of();

		private @Nullable String kvk;

		private final Map<String, String> values = new HashMap<>();

		private final Map<String, String> texts = new HashMap<>();

		void start(UUID id, String werkplaats, LocalDate answeredOn, String channel, @Nullable String kvk) {
			this.id = id;
			this.start = Arrays.asList(werkplaats, answeredOn, channel);
			this.kvk = kvk;
			this.values.clear();
			this.texts.clear();
		}

		void writeTo(TableExport table, List<Column> columns, boolean withKvk) {
			if (this.id == null) {
				return;
			}
			List<@Nullable Object> row = new ArrayList<>(this.start);
			if (withKvk) {
				row.add(this.kvk);
			}
			for (Column column : columns) {
				row.add(column.text() ? this.texts.get(column.question()) : this.values.get(column.question()));
			}
			table.row(row);
		}

	}

}
