package nl.werkplaatsen.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code intake_personal_data}).
 */
@Component
class IntakePersonalData extends PersonalDataStore.Sql {

	IntakePersonalData(JdbcClient jdbc) {
		super(jdbc, "intakes", "Intake", "intake", 10);
	}

}
