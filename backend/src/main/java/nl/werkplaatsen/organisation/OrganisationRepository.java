package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, UUID> {

	Optional<Organisation> findById(UUID id);

	List<Organisation> findByIdIn(Collection<UUID> ids);

}
