package nl.werkplaatsen.traject;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrajectMemberRepository extends Repository<TrajectMember, UUID> {

	TrajectMember save(TrajectMember member);

	@Modifying
	@Query("delete from TrajectMember m where m.trajectId = :trajectId")
	void deleteTeamOf(UUID trajectId);

	@Query("select m from TrajectMember m where m.trajectId in :trajectIds")
	List<TrajectMember> findTeams(Collection<UUID> trajectIds);

	/** Per student, the planned and running trajecten they are on. */
	@Query("""
			select m.studentId as studentId, count(m) as active from TrajectMember m, Traject t
			where t.id = m.trajectId and m.studentId is not null
			and t.status in (nl.werkplaatsen.traject.TrajectStatus.PLANNED, nl.werkplaatsen.traject.TrajectStatus.RUNNING)
			group by m.studentId""")
	List<StudentLoad> countActivePerStudent();

	/** How many active trajecten a student is on. */
	interface StudentLoad {

		UUID getStudentId();

		long getActive();

	}

}
