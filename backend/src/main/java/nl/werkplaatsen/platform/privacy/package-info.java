/**
 * The platform's privacy desk (GDPR access and erasure): every module that keeps personal
 * data offers it as a {@link nl.werkplaatsen.platform.privacy.PersonalDataStore}; the
 * desk gathers one person's data from all of them, or erases it everywhere while the
 * anonymous facts the KPIs count stay.
 */
@NamedInterface("privacy")
@NullMarked
package nl.werkplaatsen.platform.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
