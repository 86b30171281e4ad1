/**
 * Who is calling and for which werkplaats: the actor resolved from the token and the
 * platform's memberships, the Hibernate tenant and the database session settings that
 * row-level security reads.
 */
@NamedInterface("tenancy")
@NullMarked
package nl.werkplaatsen.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
