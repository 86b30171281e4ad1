package nl.werkplaatsen.organisation;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Notes about organisations by global id, for those who read notes: a werkplaats's admins
 * and coordinators their own, network coordinators all (row-level security decides which
 * rows, as in {@code Organisation.notes}).
 */
@Configuration(proxyBeanMethods = false)
class NoteNodes {

	@Bean
	NodeResolver<Note> organisationNoteNodes(NoteRepository notes, Tenancy tenancy) {
		return NodeResolver.of("OrganisationNote", (id) -> OrganisationNotes.mayRead()
				? tenancy.readNationally(() -> notes.findById(id)) : Optional.empty());
	}

}
