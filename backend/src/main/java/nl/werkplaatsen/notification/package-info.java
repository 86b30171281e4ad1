/**
 * Notifications: the emails the platform sends — in Dutch, with the werkplaats's
 * branding, after the transaction that caused them commits, retried until they are sent.
 */
@NullMarked
package nl.werkplaatsen.notification;

import org.jspecify.annotations.NullMarked;
