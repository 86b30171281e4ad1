package nl.werkplaatsen.monitor;

import java.util.UUID;

/**
 * An invitation to a monitor survey is due to be sent (or, for a reminder, sent again):
 * the notification module issues its personal link and emails it. Carries ids only.
 *
 * @param invitationId the invitation
 * @param werkplaatsId its werkplaats
 * @param reminder whether this is the reminder of an unanswered invitation
 */
public record MonitorInvitationDue(UUID invitationId, UUID werkplaatsId, boolean reminder) {
}
