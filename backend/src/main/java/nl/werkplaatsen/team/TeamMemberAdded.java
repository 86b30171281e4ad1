package nl.werkplaatsen.team;

import java.util.UUID;

/**
 * Someone joined a werkplaats's team through an invitation (committed). A person who can
 * already log in gets a notice from the platform; a new one gets Keycloak's invitation to
 * choose a password instead.
 *
 * @param membershipId the new membership
 * @param werkplaatsId its werkplaats
 * @param canLogIn whether the person already has a password
 * @param pending whether the membership waits for the invitee to accept it (they get a
 * link to, at the invited address)
 */
public record TeamMemberAdded(UUID membershipId, UUID werkplaatsId, boolean canLogIn, boolean pending) {
}
