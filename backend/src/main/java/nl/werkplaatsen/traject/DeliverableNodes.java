package nl.werkplaatsen.traject;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * Deliverables by global id, for whoever may see their traject.
 */
@Configuration(proxyBeanMethods = false)
class DeliverableNodes {

	@Bean
	NodeResolver<Deliverable> deliverableResolver(DeliverableRepository deliverables, TrajectService trajecten,
			Tenancy tenancy) {
		return NodeResolver.of("Deliverable", (id) -> tenancy.readNationally(() -> deliverables.findById(id))
			.filter((deliverable) -> trajecten.find(deliverable.getTrajectId()).isPresent()));
	}

}
