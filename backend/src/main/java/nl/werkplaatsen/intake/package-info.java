/**
 * Intakes (hulpvragen): an entrepreneur's question with the 0-meting, submitted on a
 * werkplaats's website or by its staff, then triaged towards a traject, a referral or a
 * friendly no.
 *
 * <p>
 * An intake turns MATCHED in reaction to {@code TrajectCreated}, after the traject
 * commits; the inbox search reads organisation names through the organisation module's
 * {@code organisation_name} view.
 */
@NullMarked
package nl.werkplaatsen.intake;

import org.jspecify.annotations.NullMarked;
