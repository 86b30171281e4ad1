package nl.werkplaatsen.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, UUID> {

	Optional<Organisation> findById(UUID id);

	/** The organisations with these ids, in one statement. */
	default List<Organisation> findByIdIn(Collection<UUID> ids) {
		return findByIdArray(ids.toArray(UUID[]::new));
	}

	// An array, not an "in" list: Hibernate caches no plan for a list parameter and
	// interprets the query anew on every call.
	@NativeQuery("select * from organisation where id = any(:ids)")
	List<Organisation> findByIdArray(UUID[] ids);

	/**
	 * A page of the national register in its order, after the keyset, optionally searched
	 * (a lower-case LIKE pattern): for national readers only.
	 */
	@NativeQuery("select * from organisation_register_page(cast(:search as text), :afterName, :afterId, :limit)")
	List<Organisation> findRegisterPage(@org.jspecify.annotations.Nullable String search, String afterName,
			UUID afterId, int limit);

	/**
	 * How many records the register has, or match the search: for national readers only.
	 */
	@NativeQuery("select organisation_register_count(cast(:search as text))")
	long countRegister(@org.jspecify.annotations.Nullable String search);

}
