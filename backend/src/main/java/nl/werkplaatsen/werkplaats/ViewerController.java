package nl.werkplaatsen.werkplaats;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.NationalRole;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.TeamRole;

/**
 * {@code viewer}: who the caller is to the API, so a frontend can show the werkplaats it
 * acts for and offer a choice among memberships.
 */
@Controller
class ViewerController {

	private final Werkplaatsen werkplaatsen;

	private final TeamDirectory teams;

	ViewerController(Werkplaatsen werkplaatsen, TeamDirectory teams) {
		this.werkplaatsen = werkplaatsen;
		this.teams = teams;
	}

	@QueryMapping
	@Nullable Viewer viewer() {
		Actor actor = Actor.current();
		return (actor.kind() == Actor.Kind.PERSON || actor.kind() == Actor.Kind.FRONTEND_CLIENT) ? new Viewer(actor)
				: null;
	}

	@SchemaMapping
	@Nullable Werkplaats werkplaats(Viewer viewer) {
		return viewer.actor().werkplaatsId().flatMap(this.werkplaatsen::find).orElse(null);
	}

	@SchemaMapping
	List<ViewerMembership> memberships(Viewer viewer) {
		return this.teams.membershipsOfCurrentActor()
			.stream()
			.flatMap((membership) -> this.werkplaatsen.find(membership.id())
				.map((werkplaats) -> new ViewerMembership(werkplaats, membership.role()))
				.stream())
			.toList();
	}

	/**
	 * The caller.
	 *
	 * @param actor the resolved actor
	 */
	record Viewer(Actor actor) {

		public String kind() {
			return this.actor.kind().name();
		}

		public Set<NationalRole> nationalRoles() {
			return this.actor.nationalRoles();
		}

		public @Nullable TeamRole teamRole() {
			return (this.actor.werkplaats() != null) ? this.actor.werkplaats().role() : null;
		}

	}

	/**
	 * A membership of the viewer.
	 *
	 * @param werkplaats the werkplaats
	 * @param role the role there
	 */
	record ViewerMembership(Werkplaats werkplaats, @Nullable TeamRole role) {
	}

}
