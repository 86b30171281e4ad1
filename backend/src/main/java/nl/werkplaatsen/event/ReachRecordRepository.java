package nl.werkplaatsen.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReachRecordRepository extends Repository<ReachRecord, UUID> {

	Optional<ReachRecord> findById(UUID id);

	ReachRecord save(ReachRecord record);

	@Query("""
			select r from ReachRecord r where r.werkplaatsId = :werkplaatsId
			and (r.periodStart < :beforeStart or (r.periodStart = :beforeStart and r.id < :beforeId))
			order by r.periodStart desc, r.id desc""")
	List<ReachRecord> findPage(UUID werkplaatsId, LocalDate beforeStart, UUID beforeId, Limit limit);

	long countByWerkplaatsId(UUID werkplaatsId);

}
