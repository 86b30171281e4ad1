/**
 * The werkplaatsen themselves: identity, region, contact, branding, consortium partners,
 * yearly ambitions and team; network coordinators create and archive them, admins edit
 * their own.
 */
@NullMarked
package nl.werkplaatsen.werkplaats;

import org.jspecify.annotations.NullMarked;
