package nl.werkplaatsen.team;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import nl.werkplaatsen.platform.audit.Audited;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * A person's membership of one werkplaats's team, keyed by their Keycloak subject.
 */
@Entity
@Audited("TeamMember")
class Membership implements Node {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "werkplaats_id")
	private UUID werkplaatsId;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TeamRole role;

	private String name;

	private @Nullable String email;

	private @Nullable String phone;

	@CreationTimestamp
	private Instant createdAt;

	@Version
	private @Nullable Long version;

	private @Nullable Instant acceptedAt;

	private byte @Nullable [] acceptanceTokenHash;

	private @Nullable Instant acceptanceExpiresAt;

	protected Membership() {
	}

	Membership(UUID werkplaatsId, String subject, TeamRole role, String name, @Nullable String email,
			@Nullable String phone) {
		// Hibernate checks it against the tenant of the session: another werkplaats
		// fails.
		this.werkplaatsId = werkplaatsId;
		this.id = UUID.randomUUID();
		this.subject = subject;
		this.role = role;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.acceptedAt = Instant.now();
	}

	/**
	 * A membership that grants nothing until the invitee accepts it: for an account whose
	 * email address is not verified.
	 */
	static Membership pending(UUID werkplaatsId, String subject, TeamRole role, String name, @Nullable String email) {
		Membership membership = new Membership(werkplaatsId, subject, role, name, email, null);
		membership.acceptedAt = null;
		return membership;
	}

	/**
	 * Gives a pending membership a new acceptance token (as its hash), valid until the
	 * given instant; earlier tokens stop working.
	 */
	void issueAcceptanceToken(byte[] tokenHash, Instant validUntil) {
		if (this.acceptedAt != null) {
			throw new IllegalStateException("Membership " + this.id + " is accepted already");
		}
		this.acceptanceTokenHash = tokenHash.clone();
		this.acceptanceExpiresAt = validUntil;
	}

	/** Whether the invitee has yet to accept. */
	boolean isPending() {
		return this.acceptedAt == null;
	}

	/** Gives the member another role in the team. */
	void assign(TeamRole role) {
		this.role = role;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getWerkplaatsId() {
		return this.werkplaatsId;
	}

	public String getSubject() {
		return this.subject;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

}
