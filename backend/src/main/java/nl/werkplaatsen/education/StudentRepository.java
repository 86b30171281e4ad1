package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StudentRepository extends Repository<Student, UUID> {

	Student save(Student entity);

	Optional<Student> findById(UUID id);

	// JPQL, so that Hibernate's tenant filter applies (a native query skips it).
	// Hibernate caches no plan for an 'in' list nor while a filter is on: it is
	// interpreted per call.
	@Query("select s from Student s where s.id in :ids")
	List<Student> findByIdIn(Collection<UUID> ids);

	List<Student> findAllByOrderByName();

	@org.springframework.data.jpa.repository.Query("""
			select s from Student s where (s.name > :afterName or (s.name = :afterName and s.id > :afterId))
			order by s.name, s.id""")
	List<Student> findPage(String afterName, UUID afterId, org.springframework.data.domain.Limit limit);

	long count();

	List<Student> findByMembershipId(UUID membershipId);

}
