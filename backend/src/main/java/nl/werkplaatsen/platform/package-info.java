/**
 * Shared kernel: tenancy and identity, security, GraphQL wiring and persistence
 * conventions; depends on no feature module.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package nl.werkplaatsen.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
