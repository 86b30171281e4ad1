/**
 * The audit log in the core: who changed (or, for a person's details, read) what of
 * personal data and permissions, when, and from which request — tenant-owned, append-only
 * for the application, recorded in the same transaction as the change.
 */
@NamedInterface("audit")
@NullMarked
package nl.werkplaatsen.platform.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
