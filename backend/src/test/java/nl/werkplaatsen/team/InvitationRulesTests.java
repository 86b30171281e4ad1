package nl.werkplaatsen.team;

import org.junit.jupiter.api.Test;

import nl.werkplaatsen.identity.Accounts.Account;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which invitations must wait for the invitee to prove the address: only those to an
 * account someone can log in to whose address Keycloak has not verified.
 */
class InvitationRulesTests {

	@Test
	void anAccountSomeoneLogsInToWithAnUnverifiedAddressMustProveIt() {
		assertThat(TeamInvitations.mustProveAddress(new Account("s", "a@example.nl", false, true, false))).isTrue();
	}

	@Test
	void aVerifiedAddressAFreshAccountOrOneNobodyLoggedInToIsLinkedAtOnce() {
		assertThat(TeamInvitations.mustProveAddress(new Account("s", "a@example.nl", false, true, true))).isFalse();
		assertThat(TeamInvitations.mustProveAddress(new Account("s", "a@example.nl", true, false, false))).isFalse();
		assertThat(TeamInvitations.mustProveAddress(new Account("s", "a@example.nl", false, false, false))).isFalse();
	}

}
