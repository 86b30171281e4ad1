package nl.werkplaatsen.organisation;

import java.util.UUID;

/**
 * A contact withdrew their consent and their details were erased; whatever else points at
 * them lets go (the monitor forgets them, keeping the anonymous answers). Carries ids
 * only.
 *
 * @param contactId the erased contact
 * @param werkplaatsId the werkplaats that kept them
 */
public record ContactErased(UUID contactId, UUID werkplaatsId) {
}
