package nl.werkplaatsen.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.privacy.PersonalDataStore;

/**
 * What this module keeps about a person, for the privacy desk
 * ({@code referral_personal_data}).
 */
@Component
class ReferralPersonalData extends PersonalDataStore.Sql {

	ReferralPersonalData(JdbcClient jdbc) {
		super(jdbc, "referrals", "Referral", "referral", 10);
	}

}
