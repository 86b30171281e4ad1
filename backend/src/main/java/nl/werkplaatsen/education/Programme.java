package nl.werkplaatsen.education;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.EducationLevel;

/**
 * A programme (opleiding) of an institution.
 */
@Entity
class Programme implements Node {

	@Id
	private UUID id;

	private UUID institutionId;

	private String name;

	@Enumerated(EnumType.STRING)
	private EducationLevel level;

	@Enumerated(EnumType.STRING)
	private Discipline discipline;

	protected Programme() {
	}

	Programme(UUID institutionId, String name, EducationLevel level, Discipline discipline) {
		this.id = UUID.randomUUID();
		this.institutionId = institutionId;
		this.name = name;
		this.level = level;
		this.discipline = discipline;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getInstitutionId() {
		return this.institutionId;
	}

	public String getName() {
		return this.name;
	}

	public EducationLevel getLevel() {
		return this.level;
	}

	public Discipline getDiscipline() {
		return this.discipline;
	}

}
