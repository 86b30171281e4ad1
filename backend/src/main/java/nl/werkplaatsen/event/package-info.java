/**
 * Events and reach: a werkplaats's trainings (webinars, masterclasses, workshops,
 * kennissessies, spreekuren) with public registration and attendance, and reach records
 * for outreach without registrations — the raw material of the national reach KPI.
 */
@NullMarked
package nl.werkplaatsen.event;

import org.jspecify.annotations.NullMarked;
