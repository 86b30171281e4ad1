package nl.werkplaatsen.education;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code student_personal_data}).
 */
@Component
class StudentPersonalData extends PersonalDataStore.Sql {

	StudentPersonalData(JdbcClient jdbc) {
		super(jdbc, "students", "Student", "student", 20);
	}

}
