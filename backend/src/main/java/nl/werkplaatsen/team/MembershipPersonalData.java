package nl.werkplaatsen.team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code membership_personal_data}).
 */
@Component
class MembershipPersonalData extends PersonalDataStore.Sql {

	MembershipPersonalData(JdbcClient jdbc) {
		super(jdbc, "teamMemberships", "TeamMember", "membership", 20);
	}

}
