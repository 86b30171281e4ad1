package nl.werkplaatsen.organisation;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ConsentRepository extends Repository<Consent, UUID> {

	Consent save(Consent consent);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("""
			update Consent c set c.withdrawnAt = :now where c.contactId = :contactId and c.withdrawnAt is null""")
	int withdrawAll(UUID contactId, java.time.Instant now);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("""
			update Consent c set c.withdrawnAt = :now
			where c.contactId = :contactId and c.purpose = :purpose and c.withdrawnAt is null""")
	int withdraw(UUID contactId, ContactPurpose purpose, java.time.Instant now);

	java.util.Optional<Consent> findFirstByContactIdAndPurposeAndWithdrawnAtIsNull(UUID contactId,
			ContactPurpose purpose);

	boolean existsByContactIdAndPurposeAndWithdrawnAtIsNull(UUID contactId, ContactPurpose purpose);

}
