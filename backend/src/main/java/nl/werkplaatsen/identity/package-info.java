/**
 * Keycloak as the platform administers it through the admin REST API: people's accounts
 * and their invitations, and the werkplaatsen's frontend clients. Depends on no feature
 * module; failures surface as {@link nl.werkplaatsen.identity.IdentityProviderException}.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package nl.werkplaatsen.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
