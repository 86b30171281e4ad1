/**
 * Organisations: the national KVK register of small businesses, and what each werkplaats
 * keeps about the ones it works with — contacts, their consents, notes.
 */
@NullMarked
package nl.werkplaatsen.organisation;

import org.jspecify.annotations.NullMarked;
