/**
 * Intakes (hulpvragen): an entrepreneur's question with the 0-meting, submitted on a
 * werkplaats's website or by its staff, then triaged towards a traject, a referral or a
 * friendly no.
 */
@NullMarked
package nl.werkplaatsen.intake;

import org.jspecify.annotations.NullMarked;
