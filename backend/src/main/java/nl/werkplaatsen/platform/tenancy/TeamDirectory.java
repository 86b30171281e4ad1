package nl.werkplaatsen.platform.tenancy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.PageRequest;

/**
 * The teams of the werkplaatsen: who is a member in which role. Callers check who may
 * read a team; row-level security guards it again.
 */
@Service
public class TeamDirectory {

	private final MembershipRepository memberships;

	private final Tenancy tenancy;

	private final TenantRegistry registry;

	TeamDirectory(MembershipRepository memberships, Tenancy tenancy, TenantRegistry registry) {
		this.registry = registry;
		this.memberships = memberships;
		this.tenancy = tenancy;
	}

	/** One page of a werkplaats's team, by name. */
	public Connection<Membership> team(UUID werkplaatsId, String slug, PageRequest page) {
		KeysetCursor after = page.after();
		String afterName = (after != null) ? after.text(0) : null;
		UUID afterId = (after != null) ? after.uuid(1) : new UUID(0, 0);
		java.util.function.Supplier<Connection<Membership>> read = () -> Connection.of(
				this.memberships.findTeamPage(werkplaatsId, afterName, afterId, Limit.of(page.limitPlusOne())), page,
				this.memberships.countByWerkplaatsId(werkplaatsId), (m) -> KeysetCursor.of(m.getName(), m.getId()));
		return this.tenancy.readNationally(read);
	}

	/** The memberships of the current actor in active werkplaatsen. */
	public java.util.List<Actor.ActingWerkplaats> membershipsOfCurrentActor() {
		String subject = Actor.current().subject();
		return (subject != null) ? this.registry.membershipsOf(subject) : java.util.List.of();
	}

	/**
	 * The membership with this id, if row-level security lets the current actor see it.
	 */
	public java.util.Optional<Membership> findMember(UUID id) {
		return this.tenancy.readNationally(() -> this.memberships.findById(id));
	}

	/**
	 * The memberships with these ids that row-level security lets the current actor see.
	 */
	public java.util.List<Membership> findMembers(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? java.util.List.of()
				: this.tenancy.readNationally(() -> this.memberships.findByIdIn(ids));
	}

	/**
	 * The member with this id in the team of the werkplaats the caller's transaction acts
	 * for; another werkplaats's member is not found.
	 */
	@org.springframework.transaction.annotation.Transactional
	public java.util.Optional<Membership> findOwnTeamMember(UUID id) {
		return this.memberships.findById(id);
	}

	/**
	 * The member of the caller's werkplaats's team with this Keycloak subject, if any.
	 */
	@org.springframework.transaction.annotation.Transactional
	public java.util.Optional<Membership> findOwnTeamMemberBySubject(UUID werkplaatsId, String subject) {
		return this.memberships.findByWerkplaatsIdAndSubject(werkplaatsId, subject);
	}

	/** How many admins the team of the caller's werkplaats has. */
	@org.springframework.transaction.annotation.Transactional
	public long countAdmins(UUID werkplaatsId) {
		return this.memberships.countByWerkplaatsIdAndRole(werkplaatsId, TeamRole.ADMIN);
	}

	/**
	 * Gives a member of the caller's werkplaats another role; it counts from the member's
	 * next request, as memberships are read per request.
	 */
	@org.springframework.transaction.annotation.Transactional
	public Membership changeRole(Membership member, TeamRole role) {
		member.assign(role);
		return this.memberships.save(member);
	}

	/**
	 * Removes a member from the caller's werkplaats's team; refused from their next
	 * request.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void remove(Membership member) {
		this.memberships.delete(member);
	}

	/** Adds a member to a werkplaats's team; used by onboarding and demo data. */
	public Membership addMember(UUID werkplaatsId, String slug, String subject, TeamRole role, String name,
			@Nullable String email, @Nullable String phone) {
		return this.tenancy.actFor(werkplaatsId, slug, Tenancy.Permission.ADMINISTER,
				() -> this.memberships.save(new Membership(subject, role, name, email, phone)));
	}

}
