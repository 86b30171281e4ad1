/**
 * Trajecten: student engagements for one organisation, created from an intake and an
 * offer, running from plan to completed with their deliverables.
 *
 * <p>
 * A traject announces itself ({@link nl.werkplaatsen.traject.TrajectCreated},
 * {@link nl.werkplaatsen.traject.TrajectCompleted}, registered by the aggregate and
 * published when it is saved); the intake module closes the intake in reaction. What it
 * needs of an intake it asks through {@link nl.werkplaatsen.traject.TrajectIntakes},
 * which the intake module provides. "Is the caller on this traject's team" reads the team
 * module's {@code current_subject_membership} and education's
 * {@code current_subject_student} views, never their tables.
 *
 * <p>
 * Tables: {@code traject}, {@code deliverable} and {@code traject_member}. The last was
 * created inside education's first changeset (it references {@code student}); a changeset
 * that ran cannot move without Liquibase running it again, so it stays there and every
 * later change to it belongs in this module's folder.
 */
@NullMarked
package nl.werkplaatsen.traject;

import org.jspecify.annotations.NullMarked;
