package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends Repository<Organisation, UUID> {

	Optional<Organisation> findById(UUID id);

	// JPQL, which Hibernate interprets once, not a derived query it builds on every call.
	@Query("select o from Organisation o where o.id in :ids")
	List<Organisation> findByIdIn(Collection<UUID> ids);

	@org.springframework.data.jpa.repository.Query("""
			select o from Organisation o where (:search is null or lower(o.name) like :search or o.kvkNumber like :search)
			and (o.name > :afterName or (o.name = :afterName and o.id > :afterId)) order by o.name, o.id""")
	List<Organisation> findPage(@org.jspecify.annotations.Nullable String search, String afterName, UUID afterId,
			org.springframework.data.domain.Limit limit);

	@org.springframework.data.jpa.repository.Query("""
			select count(o) from Organisation o where (:search is null or lower(o.name) like :search
			  or o.kvkNumber like :search)""")
	long countPage(@org.jspecify.annotations.Nullable String search);

}
