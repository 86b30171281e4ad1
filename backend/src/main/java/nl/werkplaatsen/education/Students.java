package nl.werkplaatsen.education;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of students: those of the caller's werkplaats, and their
 * programmes.
 */
@Service
public class Students {

	private final StudentRepository students;

	private final ProgrammeRepository programmes;

	Students(StudentRepository students, ProgrammeRepository programmes) {
		this.students = students;
		this.programmes = programmes;
	}

	/** All students of the caller's werkplaats, by name. */
	@Transactional(readOnly = true)
	public List<Student> ofCallersWerkplaats() {
		return this.students.findAllByOrderByName();
	}

	/** The student with this id in the caller's werkplaats. */
	@Transactional
	public Optional<Student> findOwn(UUID id) {
		return this.students.findById(id);
	}

	/** The students with these ids visible to the caller, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, Student> findAll(Collection<UUID> ids) {
		return this.students.findByIdIn(ids).stream().collect(Collectors.toMap(Student::getId, Function.identity()));
	}

	/** The students linked to this membership (a student who logs in). */
	@Transactional(readOnly = true)
	public List<Student> linkedTo(UUID membershipId) {
		return this.students.findByMembershipId(membershipId);
	}

	/** The programmes with these ids, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, Programme> programmes(Collection<UUID> ids) {
		return this.programmes.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Programme::getId, Function.identity()));
	}

}
