package nl.werkplaatsen.network;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReferralRepository extends Repository<Referral, UUID> {

	Referral save(Referral referral);

	Optional<Referral> findById(UUID id);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select r from Referral r where r.id in :ids")
	List<Referral> findByIdIn(Collection<UUID> ids);

	/** The sender's referrals waiting for an answer since before the given time. */
	@Query("""
			select r from Referral r where r.fromWerkplaatsId = :from and r.status = nl.werkplaatsen.network.ReferralStatus.SENT
			and r.toWerkplaatsId is not null and r.createdAt < :before""")
	List<Referral> findUnansweredSince(UUID from, Instant before);

	/** The referrals an intake was sent with or came in through. */
	@Query("select r from Referral r where r.intakeId in :intakeIds or r.receivedIntakeId in :intakeIds")
	List<Referral> findByIntakes(Collection<UUID> intakeIds);

}
