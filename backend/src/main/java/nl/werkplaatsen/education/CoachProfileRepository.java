package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface CoachProfileRepository extends Repository<CoachProfile, UUID> {

	CoachProfile save(CoachProfile profile);

	Optional<CoachProfile> findById(UUID membershipId);

	List<CoachProfile> findByMembershipIdIn(Collection<UUID> membershipIds);

}
