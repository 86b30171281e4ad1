package nl.werkplaatsen.traject;

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
		return this.trajecten.countActivePerOffer(period)
			.stream()
			.collect(Collectors.toMap(TrajectRepository.ActiveCount::getOfferId,
					TrajectRepository.ActiveCount::getActive));
	}

}
