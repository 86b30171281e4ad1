package nl.werkplaatsen.platform.audit;

import java.util.List;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hooks the audit log into Hibernate's writes of {@link Audited} entities. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	HibernatePropertiesCustomizer auditListener() {
		AuditListener listener = new AuditListener();
		Integrator integrator = new Integrator() {
			@Override
			public void integrate(org.hibernate.boot.Metadata metadata,
					org.hibernate.boot.spi.BootstrapContext bootstrapContext,
					org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory) {
				EventListenerRegistry registry = sessionFactory.getServiceRegistry()
					.requireService(EventListenerRegistry.class);
				registry.appendListeners(EventType.POST_INSERT, listener);
				registry.appendListeners(EventType.POST_UPDATE, listener);
				registry.appendListeners(EventType.POST_DELETE, listener);
			}
		};
		return (properties) -> properties.put("hibernate.integrator_provider",
				(IntegratorProvider) () -> List.of(integrator));
	}

}
