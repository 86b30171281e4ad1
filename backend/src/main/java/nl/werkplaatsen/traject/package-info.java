/**
 * Trajecten: student engagements for one organisation, created from an intake and an
 * offer, running from plan to completed with their deliverables.
 */
@NullMarked
package nl.werkplaatsen.traject;

import org.jspecify.annotations.NullMarked;
