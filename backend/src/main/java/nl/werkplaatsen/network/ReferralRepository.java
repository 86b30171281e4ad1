package nl.werkplaatsen.network;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReferralRepository extends Repository<Referral, UUID> {

	Referral save(Referral referral);

	Optional<Referral> findById(UUID id);

	/** The referrals with these ids, in one statement. */
	default List<Referral> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from referral where id = any(:ids)")
	List<Referral> findByIdArray(UUID[] ids);

	/** The sender's referrals waiting for an answer since before the given time. */
	@Query("""
			select r from Referral r where r.fromWerkplaatsId = :from and r.status = nl.werkplaatsen.network.ReferralStatus.SENT
			and r.toWerkplaatsId is not null and r.createdAt < :before""")
	List<Referral> findUnansweredSince(UUID from, Instant before);

	/** The referrals an intake was sent with or came in through. */
	@Query("select r from Referral r where r.intakeId in :intakeIds or r.receivedIntakeId in :intakeIds")
	List<Referral> findByIntakes(Collection<UUID> intakeIds);

}
