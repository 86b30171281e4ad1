/**
 * The national KPIs the ministry funds the network on — bereik, trainingen, trajecten,
 * studenten, contacten, organisaties, verwijzingen and the 1-meting's satisfaction and
 * continuation — with one definition for every werkplaats, counted per werkplaats and
 * nationally, against the werkplaatsen's ambitions.
 *
 * <p>
 * The figures are aggregated in SQL ({@code kpi_figures}) from the other modules' read
 * models, never copied: a national figure counts an organisation (by KVK number) and a
 * student once across the werkplaatsen counted, so it can be lower than the sum of the
 * werkplaatsen. The function runs as the schema owner, so the ministry's analyst gets
 * figures while its own transactions can read no personal row.
 *
 * <p>
 * The definition is one view, {@code kpi_contribution_source}: what each record
 * contributes to which figure on which day. For calendar years, quarters and months the
 * figures are read from a copy of it kept exact in the writing transaction (statement
 * triggers bring a changed record's contributions up to date; day totals and
 * reference-counted distinct members per werkplaats and nationally follow), so a year of
 * the whole network is a few index reads; any other period is computed from the
 * definition.
 */
@NullMarked
package nl.werkplaatsen.kpi;

import org.jspecify.annotations.NullMarked;
