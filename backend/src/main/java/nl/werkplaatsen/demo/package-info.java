/**
 * Demo data for the local stack: the twenty werkplaatsen with branding, partners, teams
 * and menus, loaded through the public GraphQL contract as a network coordinator and each
 * werkplaats's admin would.
 */
@NullMarked
package nl.werkplaatsen.demo;

import org.jspecify.annotations.NullMarked;
