package nl.werkplaatsen.monitor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code monitor_personal_data}).
 */
@Component
class MonitorPersonalData extends PersonalDataStore.Sql {

	MonitorPersonalData(JdbcClient jdbc) {
		super(jdbc, "monitorResponses", "MonitorResponse", "monitor", 10);
	}

}
