package nl.werkplaatsen.platform.tenancy;

import java.util.List;

/**
 * The memberships a caller holds in active werkplaatsen, which resolving the caller
 * needs; the team module, which owns memberships, provides it.
 */
public interface Memberships {

	/** The subject's memberships in active werkplaatsen, by slug. */
	List<Actor.ActingWerkplaats> activeMembershipsOf(String subject);

	/**
	 * Whether the subject has an invitation to accept in an active werkplaats: the only
	 * thing a caller without memberships may do.
	 */
	boolean hasPendingInvitation(String subject);

}
