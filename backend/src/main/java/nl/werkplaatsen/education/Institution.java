package nl.werkplaatsen.education;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.werkplaats.EducationLevel;

/**
 * An education institution (onderwijsinstelling) in the national register, by BRIN code.
 */
@Entity
class Institution implements Node {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private EducationLevel level;

	private String brinCode;

	protected Institution() {
	}

	Institution(String name, EducationLevel level, String brinCode) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.level = level;
		this.brinCode = brinCode;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public EducationLevel getLevel() {
		return this.level;
	}

	public String getBrinCode() {
		return this.brinCode;
	}

}
