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

import nl.werkplaatsen.platform.graphql.Node;

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

	/**
	 * All students of the werkplaats the current work acts for, by name, with their
	 * programmes.
	 */
	@Transactional(readOnly = true)
	public List<MatchableStudent> ofCallersWerkplaats() {
		List<Student> all = this.students.findAllByOrderByName();
		Map<UUID, Programme> programmes = this.programmes
			.findByIdIn(all.stream().map(Student::getProgrammeId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Programme::getId, Function.identity()));
		return all.stream()
			.map((student) -> MatchableStudent.of(student, programmes.get(student.getProgrammeId())))
			.toList();
	}

	/** The student with this id in the werkplaats the current work acts for. */
	@Transactional(readOnly = true)
	public Optional<MatchableStudent> findOwn(UUID id) {
		return this.students.findById(id).map((student) -> MatchableStudent.of(student, null));
	}

	/**
	 * The students with these ids visible to the caller, by id, as the API shows them:
	 * for another module's field of type {@code Student}.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Node> nodes(Collection<UUID> ids) {
		return this.students.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Student::getId, Function.<Node>identity()));
	}

}
