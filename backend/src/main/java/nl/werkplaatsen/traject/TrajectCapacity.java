package nl.werkplaatsen.traject;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.taxonomy.AcademicPeriod;

/**
 * How much of each offer's capacity, and of each student's load, active trajecten take,
 * for matching.
 */
@Service
public class TrajectCapacity {

	private final TrajectRepository trajecten;

	private final TrajectMemberRepository members;

	TrajectCapacity(TrajectRepository trajecten, TrajectMemberRepository members) {
		this.trajecten = trajecten;
		this.members = members;
	}

	/**
	 * Per student of the caller's werkplaats, the planned and running trajecten they are
	 * on.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> activePerStudent() {
		return this.members.countActivePerStudent()
			.stream()
			.collect(Collectors.toMap(TrajectMemberRepository.StudentLoad::getStudentId,
					TrajectMemberRepository.StudentLoad::getActive));
	}

	/**
	 * Per offer of the caller's werkplaats, the planned and running trajecten in the
	 * given period (those without a period count in every period).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> activePerOffer(@Nullable AcademicPeriod period) {
		return activeOffers().inPeriod(period);
	}

	/**
	 * Per offer of the caller's werkplaats, the planned and running trajecten, to ask for
	 * any period: one statement for many intakes' periods.
	 */
	@Transactional(readOnly = true)
	public ActiveOffers activeOffers() {
		return new ActiveOffers(this.trajecten.countActivePerOfferAndPeriod()
			.stream()
			.map((row) -> new ActiveOffers.Row(row.getOfferId(), row.getPeriod(), row.getActive()))
			.toList());
	}

	/**
	 * The planned and running trajecten per offer and period.
	 *
	 * @param rows per offer and period (none: without a period), how many
	 */
	public record ActiveOffers(List<Row> rows) {

		/**
		 * Per offer, those in the period (those without a period count in every period);
		 * with no period asked, all.
		 */
		public Map<UUID, Long> inPeriod(@Nullable AcademicPeriod period) {
			return this.rows.stream()
				.filter((row) -> period == null || row.period() == null || row.period() == period)
				.collect(Collectors.groupingBy(Row::offerId, Collectors.summingLong(Row::active)));
		}

		/**
		 * One offer's active trajecten in one period.
		 *
		 * @param offerId the offer
		 * @param period the academic period, if any
		 * @param active how many
		 */
		record Row(UUID offerId, @Nullable AcademicPeriod period, long active) {
		}

	}

}
