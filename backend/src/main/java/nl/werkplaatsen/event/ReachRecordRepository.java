package nl.werkplaatsen.event;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReachRecordRepository extends Repository<ReachRecord, UUID> {

	ReachRecord save(ReachRecord record);

	@Query("""
			select r from ReachRecord r where r.werkplaatsId = :werkplaatsId
			order by r.periodStart desc, r.id desc""")
	List<ReachRecord> findLatest(UUID werkplaatsId, Limit limit);

}
