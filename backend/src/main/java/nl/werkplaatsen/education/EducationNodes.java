package nl.werkplaatsen.education;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;

/**
 * Institutions and programmes of the national register by global id, for everybody (the
 * register is public, like {@code institutions}).
 */
@Configuration(proxyBeanMethods = false)
class EducationNodes {

	@Bean
	NodeResolver<Institution> institutionNodes(InstitutionRepository institutions) {
		return NodeResolver.of("Institution", institutions::findById);
	}

	@Bean
	NodeResolver<Programme> programmeNodes(ProgrammeRepository programmes) {
		return NodeResolver.of("Programme", programmes::findById);
	}

}
