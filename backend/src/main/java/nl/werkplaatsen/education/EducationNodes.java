package nl.werkplaatsen.education;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.NodeResolver;

/**
 * Institutions and programmes of the national register by global id, for everybody (the
 * register is public, like {@code institutions}).
 */
final class EducationNodes {

	private EducationNodes() {
	}

	/** {@code node(id:)} for institutions. */
	@Component
	@Transactional(readOnly = true)
	static class Institutions implements NodeResolver<Institution> {

		private final InstitutionRepository institutions;

		Institutions(InstitutionRepository institutions) {
			this.institutions = institutions;
		}

		@Override
		public String typeName() {
			return "Institution";
		}

		@Override
		public Optional<Institution> find(UUID id) {
			return this.institutions.findById(id);
		}

	}

	/** {@code node(id:)} for programmes. */
	@Component
	@Transactional(readOnly = true)
	static class Programmes implements NodeResolver<Programme> {

		private final ProgrammeRepository programmes;

		Programmes(ProgrammeRepository programmes) {
			this.programmes = programmes;
		}

		@Override
		public String typeName() {
			return "Programme";
		}

		@Override
		public Optional<Programme> find(UUID id) {
			return this.programmes.findById(id);
		}

	}

}
