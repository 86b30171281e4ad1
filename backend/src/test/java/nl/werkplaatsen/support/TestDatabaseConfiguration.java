package nl.werkplaatsen.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the application at the test run's PostgreSQL (as the application role, migrating
 * as the owner role) and SMTP server, and counts the SQL statements it sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** The platform's clock, which tests may move ahead. */
	@Bean
	@org.springframework.context.annotation.Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	static DynamicPropertyRegistrar testDatabase() {
		return (registry) -> {
			TestPostgres.Database database = TestPostgres.database();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", () -> TestPostgres.APP);
			registry.add("spring.datasource.password", () -> TestPostgres.APP);
			registry.add("spring.liquibase.user", () -> TestPostgres.OWNER);
			registry.add("spring.liquibase.password", () -> TestPostgres.OWNER);
			// Mail goes to the test run's embedded SMTP server.
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", TestMail::port);
			registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		};
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(counter)
						.methodListener(counter)
						.build();
				}
				return bean;
			}
		};
	}

}
