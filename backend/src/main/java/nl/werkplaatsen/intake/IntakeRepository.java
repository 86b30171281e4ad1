package nl.werkplaatsen.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface IntakeRepository extends Repository<Intake, UUID> {

	Intake save(Intake intake);

	Intake saveAndFlush(Intake intake);

	Optional<Intake> findById(UUID id);

	// JPQL, so that Hibernate's tenant filter applies (a native query skips it).
	// Hibernate caches no plan for an 'in' list nor while a filter is on: it is
	// interpreted per call.
	@Query("select i from Intake i where i.id in :ids")
	List<Intake> findByIdIn(Collection<UUID> ids);

	@Query("""
			select i from Intake i where i.submissionKey = :submissionKey and i.submittedAt >= :since
			order by i.submittedAt""")
	List<Intake> findRepeats(String submissionKey, Instant since);

	boolean existsByReference(String reference);

}
