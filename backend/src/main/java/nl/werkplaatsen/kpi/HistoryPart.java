package nl.werkplaatsen.kpi;

import java.util.List;

import nl.werkplaatsen.event.EventKind;
import nl.werkplaatsen.event.ReachChannel;
import nl.werkplaatsen.taxonomy.ActivityArchetype;
import nl.werkplaatsen.taxonomy.SizeClass;
import nl.werkplaatsen.traject.TrajectStatus;
import nl.werkplaatsen.werkplaats.Province;

import static nl.werkplaatsen.kpi.HistoryColumn.bool;
import static nl.werkplaatsen.kpi.HistoryColumn.count;
import static nl.werkplaatsen.kpi.HistoryColumn.date;
import static nl.werkplaatsen.kpi.HistoryColumn.kvk;
import static nl.werkplaatsen.kpi.HistoryColumn.letters;
import static nl.werkplaatsen.kpi.HistoryColumn.oneOf;
import static nl.werkplaatsen.kpi.HistoryColumn.scale;
import static nl.werkplaatsen.kpi.HistoryColumn.text;

/**
 * The files of a history import, each an optional multipart part of this name with these
 * columns (in any order), staged in a temporary table of the same columns (all text, the
 * line first) that the modules' import functions read.
 */
enum HistoryPart {

	/** The organisations the other files name, for the national register. */
	ORGANISATIONS("organisations", "history_organisation",
			List.of(kvk("kvk_number", true), text("name", true, 200),
					oneOf("sbi_section", false,
							List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
									"R", "S", "T", "U")),
					oneOf("size_class", false, SizeClass.values()), oneOf("province", false, Province.values()))),

	/** Trajecten, by the werkplaats's own reference. */
	TRAJECTEN("trajecten", "history_traject",
			List.of(text("ref", true, 100), kvk("kvk_number", true), text("offer_title", true, 200),
					oneOf("archetype", true, ActivityArchetype.values()), oneOf("status", true, TrajectStatus.values()),
					date("started_on", false), date("delivered_on", false), date("completed_on", false))),

	/** The students on the trajecten. */
	TRAJECT_STUDENTS("traject_students", "history_traject_student",
			List.of(text("traject_ref", true, 100), text("student_ref", true, 100), text("institution", true, 200),
					oneOf("education_level", false, List.of("MBO", "HBO", "WO")))),

	/** Trainings and meetings, by the werkplaats's own reference. */
	EVENTS("events", "history_event",
			List.of(text("ref", true, 100), text("title", true, 200), oneOf("kind", true, EventKind.values()),
					date("starts_on", true), bool("online"), count("attended_without_registration", false))),

	/** Registrations for the events, with whether they came. */
	REGISTRATIONS("registrations", "history_registration",
			List.of(text("event_ref", true, 100), kvk("kvk_number", false), bool("attended"))),

	/** Reach outside registrations, per channel and period. */
	REACH("reach", "history_reach",
			List.of(oneOf("channel", true, ReachChannel.values()), date("period_start", true), date("period_end", true),
					count("count", true), text("note", false, 500))),

	/** Answered 1-metingen, one per traject and instrument. */
	MONITOR_RESPONSES("monitor_responses", "history_monitor_response",
			List.of(text("traject_ref", true, 100), text("instrument_key", true, 120), date("answered_on", true),
					agreement("q1a"), agreement("q1b"), agreement("q1c"), agreement("q1d"), agreement("q1e"),
					agreement("q1f"), agreement("q1g"), scale("q2"), text("q3", false, 2000), scale("q4"),
					letters("q5"), text("q5_other", false, 2000), text("q6", false, 2000)));

	private final String partName;

	private final String stagingTable;

	private final List<HistoryColumn> columns;

	HistoryPart(String partName, String stagingTable, List<HistoryColumn> columns) {
		this.partName = partName;
		this.stagingTable = stagingTable;
		this.columns = columns;
	}

	private static HistoryColumn agreement(String name) {
		return oneOf(name, false, List.of("STRONGLY_AGREE", "AGREE", "NEUTRAL", "DISAGREE", "STRONGLY_DISAGREE"));
	}

	String partName() {
		return this.partName;
	}

	String stagingTable() {
		return this.stagingTable;
	}

	List<HistoryColumn> columns() {
		return this.columns;
	}

	List<String> columnNames() {
		return this.columns.stream().map(HistoryColumn::name).toList();
	}

	String header() {
		return String.join(",", columnNames());
	}

	/** The staging table, its values typed as the import functions read them. */
	String createStagingTable() {
		StringBuilder sql = new StringBuilder("create temporary table " + this.stagingTable + " (line bigint not null");
		for (HistoryColumn column : this.columns) {
			String name = column.name().equals("count") ? "reached" : column.name();
			String type = switch (column.kind()) {
				case DATE -> "date";
				case BOOLEAN -> "boolean";
				case COUNT -> "integer";
				case LETTERS -> "text[]";
				case KVK -> "varchar(8)";
				default -> "text";
			};
			sql.append(", ").append(name).append(' ').append(type);
		}
		return sql.append(") on commit drop").toString();
	}

	static java.util.Optional<HistoryPart> named(String name) {
		for (HistoryPart part : values()) {
			if (part.partName.equals(name)) {
				return java.util.Optional.of(part);
			}
		}
		return java.util.Optional.empty();
	}

}
