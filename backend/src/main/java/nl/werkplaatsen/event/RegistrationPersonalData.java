package nl.werkplaatsen.event;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code event_personal_data}).
 */
@Component
class RegistrationPersonalData extends PersonalDataStore.Sql {

	RegistrationPersonalData(JdbcClient jdbc) {
		super(jdbc, "eventRegistrations", "Registration", "event", 20);
	}

}
