/**
 * Who is calling and for which werkplaats: the actor resolved from the token and the
 * platform's memberships, the Hibernate tenant, and the database session settings that
 * row-level security reads.
 *
 * <h2>Choosing whose data work sees: three ways, one class</h2>
 * <p>
 * Every piece of work runs for some werkplaats, and there are exactly three ways to say
 * which. They behave the same whether or not a transaction is already open, so no method
 * depends on a propagation rule its caller has to know.
 * <ol>
 * <li><b>The caller's own werkplaats</b> — the default; there is nothing to call. A
 * {@code @Transactional} method runs for the werkplaats the request acts for (the
 * {@code Werkplaats} header, a frontend client's binding, or a person's only membership):
 * Hibernate filters on it and PostgreSQL's {@code app.werkplaats} is set to it.</li>
 * <li><b>Acting for a named werkplaats</b> —
 * {@link nl.werkplaatsen.platform.tenancy.Tenancy#actFor} (read-write) and
 * {@link nl.werkplaatsen.platform.tenancy.Tenancy#readFor} (read-only). The call names
 * the {@link nl.werkplaatsen.platform.tenancy.Tenancy.Permission} it relies on —
 * {@code ADMINISTER}, {@code COORDINATE}, {@code SUBMIT_PUBLICLY} or {@code PLATFORM} —
 * and checks it before any work runs; without it the caller gets
 * {@code AccessDeniedException}. Use it when a network coordinator edits a werkplaats, a
 * public form submits to one, or a job or post-commit reaction works through each.</li>
 * <li><b>A national read</b> —
 * {@link nl.werkplaatsen.platform.tenancy.Tenancy#readNationally}: no Hibernate tenant
 * filter, the caller's own database settings; row-level security alone decides which rows
 * of which werkplaatsen the caller sees (published offers, public events, everything for
 * a network coordinator). It never writes.</li>
 * </ol>
 * <p>
 * Outside a transaction, 2 and 3 open one of their own. Inside one, they run as a unit of
 * work in the <em>same</em> database transaction: a Hibernate session of its own (a
 * session's tenant is fixed when it opens) on the same connection, with
 * {@code app.werkplaats} told for the work and told back afterwards. Pending changes of
 * the outer work are flushed first; entities do not cross the boundary (pass ids or
 * records). A failure inside marks the whole transaction rollback-only, even when a
 * caller catches it; writing inside a read-only transaction is refused. They nest, and a
 * call for the werkplaats (or national read) the transaction already works for simply
 * runs in its session.
 *
 * <p>
 * {@link nl.werkplaatsen.platform.tenancy.Tenancy#callAs} only changes who the current
 * actor is and opens nothing: the demo data and tests use it to act as a person.
 */
@NamedInterface("tenancy")
@NullMarked
package nl.werkplaatsen.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
