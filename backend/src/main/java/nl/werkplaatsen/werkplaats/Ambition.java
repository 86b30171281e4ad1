package nl.werkplaatsen.werkplaats;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A werkplaats's targets for one year: reach, trainings, trajecten and students.
 */
@Entity
class Ambition {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private int year;

	private int reachTarget;

	private int trainingsTarget;

	private int trajectenTarget;

	private int studentsTarget;

	@Version
	private @Nullable Long version;

	protected Ambition() {
	}

	Ambition(int year) {
		this.id = UUID.randomUUID();
		this.year = year;
	}

	void aimFor(int reach, int trainings, int trajecten, int students) {
		this.reachTarget = reach;
		this.trainingsTarget = trainings;
		this.trajectenTarget = trajecten;
		this.studentsTarget = students;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public int getYear() {
		return this.year;
	}

	public int getReach() {
		return this.reachTarget;
	}

	public int getTrainings() {
		return this.trainingsTarget;
	}

	public int getTrajecten() {
		return this.trajectenTarget;
	}

	public int getStudents() {
		return this.studentsTarget;
	}

}
