package nl.werkplaatsen.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code contact_personal_data}).
 */
@Component
class ContactPersonalData extends PersonalDataStore.Sql {

	ContactPersonalData(JdbcClient jdbc) {
		super(jdbc, "contacts", "Contact", "contact", 100);
	}

}
