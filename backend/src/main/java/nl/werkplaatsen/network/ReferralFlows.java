package nl.werkplaatsen.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.ecosystem.InitiativeNode;
import nl.werkplaatsen.network.ReferralInputs.ReferralPeriod;
import nl.werkplaatsen.platform.graphql.BadRequestException;
import nl.werkplaatsen.ecosystem.Initiatives;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * The network's referral map: per (sending, receiving) werkplaats, how many referrals
 * were sent in a period and how they ended, with the median time to an answer. Counts
 * only, for network coordinators and ministry analysts.
 */
@Component
class ReferralFlows {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final WerkplaatsDirectory werkplaatsen;

	private final Initiatives initiatives;

	ReferralFlows(JdbcClient jdbc, WerkplaatsDirectory werkplaatsen, Initiatives initiatives) {
		this.jdbc = jdbc;
		this.werkplaatsen = werkplaatsen;
		this.initiatives = initiatives;
	}

	/**
	 * The flows of referrals sent from {@code from} to {@code to} (both inclusive, Dutch
	 * calendar days), by sending and then receiving werkplaats.
	 */
	@PreAuthorize("hasAnyRole('NETWORK_COORDINATOR', 'MINISTRY_ANALYST')")
	@Transactional(readOnly = true)
	List<ReferralFlow> between(ReferralPeriod period) {
		requireOrdered(period);
		List<Row> rows = this.jdbc.sql("select * from referral_flow_counts(:from, :until)")
			.param("from", start(period))
			.param("until", end(period))
			.query((row, number) -> new Row(row.getObject("from_werkplaats_id", UUID.class),
					row.getObject("to_werkplaats_id", UUID.class), row.getLong("sent"), row.getLong("accepted"),
					row.getLong("declined"), row.getLong("expired"), row.getLong("withdrawn"),
					millis(row.getArray("answer_millis"))))
			.list();
		Map<UUID, WerkplaatsNode> names = this.werkplaatsen.nodes(
				rows.stream().flatMap((row) -> java.util.stream.Stream.of(row.from(), row.to())).distinct().toList());
		return rows.stream()
			.map((row) -> new ReferralFlow(names.get(row.from()), names.get(row.to()), row.sent(), row.accepted(),
					row.declined(), row.expired(), row.withdrawn(), medianHours(row.answerMillis())))
			.sorted(java.util.Comparator.comparing((ReferralFlow flow) -> flow.from().getName())
				.thenComparing((flow) -> flow.to().getName()))
			.toList();
	}

	private static long[] millis(@Nullable Array array) throws SQLException {
		if (array == null) {
			return new long[0];
		}
		return Arrays.stream((Long[]) array.getArray()).mapToLong(Long::longValue).toArray();
	}

	/**
	 * Which initiatives of the ecosystem map the network refers to: per initiative the
	 * referrals sent in the period (Dutch calendar days), from how many werkplaatsen, and
	 * what came of them; most referred first.
	 */
	@PreAuthorize("hasAnyRole('NETWORK_COORDINATOR', 'MINISTRY_ANALYST')")
	@Transactional(readOnly = true)
	List<InitiativeReferrals> toInitiatives(ReferralPeriod period) {
		requireOrdered(period);
		List<InitiativeRow> rows = this.jdbc.sql("select * from initiative_referral_counts(:from, :until)")
			.param("from", start(period))
			.param("until", end(period))
			.query((row, number) -> new InitiativeRow(row.getObject("initiative_id", UUID.class), row.getInt("sent"),
					row.getInt("from_werkplaatsen"), row.getInt("confirmed"), row.getInt("no_response"),
					row.getInt("unknown"), row.getInt("awaiting"), row.getInt("withdrawn")))
			.list();
		Map<UUID, InitiativeNode> initiatives = this.initiatives
			.nodes(rows.stream().map(InitiativeRow::initiative).toList());
		return rows.stream()
			.filter((row) -> initiatives.containsKey(row.initiative()))
			.map((row) -> new InitiativeReferrals(initiatives.get(row.initiative()), row.sent(), row.fromWerkplaatsen(),
					row.confirmed(), row.noResponse(), row.unknown(), row.awaiting(), row.withdrawn()))
			.sorted(java.util.Comparator.comparingInt(InitiativeReferrals::sent)
				.reversed()
				.thenComparing((counts) -> counts.initiative().getId()))
			.toList();
	}

	private static void requireOrdered(ReferralPeriod period) {
		if (period.to().isBefore(period.from())) {
			throw new BadRequestException(
					"The period ends (" + period.to() + ") before it starts (" + period.from() + ")");
		}
	}

	/** The period's first moment: its first day's start, Dutch time. */
	private static Timestamp start(ReferralPeriod period) {
		return Timestamp.from(period.from().atStartOfDay(AMSTERDAM).toInstant());
	}

	/** Just after the period: the start of the day after its last, Dutch time. */
	private static Timestamp end(ReferralPeriod period) {
		return Timestamp.from(period.to().plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
	}

	private record InitiativeRow(UUID initiative, int sent, int fromWerkplaatsen, int confirmed, int noResponse,
			int unknown, int awaiting, int withdrawn) {
	}

	/**
	 * The referrals to one initiative in a period.
	 *
	 * @param initiative the initiative, archived or not
	 * @param sent how many were sent
	 * @param fromWerkplaatsen by how many werkplaatsen
	 * @param confirmed how many the initiative confirmed
	 * @param noResponse how many it did not respond to
	 * @param unknown how many ended unknown
	 * @param awaiting how many have no outcome yet
	 * @param withdrawn how many the sender withdrew
	 */
	record InitiativeReferrals(InitiativeNode initiative, int sent, int fromWerkplaatsen, int confirmed, int noResponse,
			int unknown, int awaiting, int withdrawn) {
	}

	/**
	 * The median of the durations in hours, rounded half up to one decimal as the reports
	 * round; the mean of the middle two for an even count; null for none.
	 */
	static @Nullable BigDecimal medianHours(long[] millis) {
		if (millis.length == 0) {
			return null;
		}
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		BigDecimal median = (sorted.length % 2 == 1) ? BigDecimal.valueOf(sorted[middle])
				: BigDecimal.valueOf(sorted[middle - 1]).add(BigDecimal.valueOf(sorted[middle])).divide(BigDecimal.TWO);
		return median.divide(BigDecimal.valueOf(3_600_000), 1, RoundingMode.HALF_UP);
	}

	private record Row(UUID from, UUID to, long sent, long accepted, long declined, long expired, long withdrawn,
			long[] answerMillis) {
	}

	/**
	 * The referrals from one werkplaats to another in a period.
	 *
	 * @param from the sending werkplaats
	 * @param to the receiving werkplaats
	 * @param sent how many were sent
	 * @param accepted how many of them were accepted
	 * @param declined how many were declined
	 * @param expired how many expired unanswered
	 * @param withdrawn how many the sender withdrew
	 * @param medianHoursToAnswer the median time from sending to accepting or declining
	 */
	record ReferralFlow(WerkplaatsNode from, WerkplaatsNode to, long sent, long accepted, long declined, long expired,
			long withdrawn, @Nullable BigDecimal medianHoursToAnswer) {
	}

}
