/**
 * The team of each werkplaats: memberships and roles, invitations into the team, role
 * changes and removals with the record of every change, and the team directory other
 * modules show members from.
 *
 * <p>
 * Its face: {@link nl.werkplaatsen.team.TeamDirectory} (members as
 * {@link nl.werkplaatsen.team.TeamMember} records, never entities) and
 * {@link nl.werkplaatsen.team.TeamInvitations} for the werkplaats module's onboarding; it
 * publishes {@link nl.werkplaatsen.team.TeamMemberAdded}. What it needs to know of a
 * werkplaats it asks through {@link nl.werkplaatsen.team.TeamWerkplaatsen}, which the
 * werkplaats module provides, so the two do not depend on each other in a circle.
 *
 * <p>
 * Tables: {@code membership} (created with the tenant registry, before this module had
 * its own changelog) and {@code team_change}; the read model {@code caller_membership}
 * ({@code db/changelog/team/}) is what {@code platform.tenancy} reads to resolve a
 * caller's memberships.
 */
@ApplicationModule(displayName = "Team")
@NullMarked
package nl.werkplaatsen.team;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
