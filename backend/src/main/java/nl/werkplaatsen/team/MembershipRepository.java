package nl.werkplaatsen.team;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import nl.werkplaatsen.platform.tenancy.TeamRole;

interface MembershipRepository extends Repository<Membership, UUID> {

	Membership save(Membership membership);

	java.util.Optional<Membership> findById(UUID id);

	List<Membership> findByIdIn(java.util.Collection<UUID> ids);

	@Query("""
			select m from Membership m where m.werkplaatsId = :werkplaatsId
			and (:afterName is null or m.name > :afterName or (m.name = :afterName and m.id > :afterId))
			order by m.name, m.id""")
	List<Membership> findTeamPage(UUID werkplaatsId, @Nullable String afterName, UUID afterId, Limit limit);

	long countByWerkplaatsId(UUID werkplaatsId);

	List<Membership> findByWerkplaatsIdOrderByName(UUID werkplaatsId);

	long countByWerkplaatsIdAndRole(UUID werkplaatsId, TeamRole role);

	void delete(Membership membership);

	boolean existsByWerkplaatsIdAndSubject(UUID werkplaatsId, String subject);

	java.util.Optional<Membership> findByWerkplaatsIdAndSubject(UUID werkplaatsId, String subject);

}
