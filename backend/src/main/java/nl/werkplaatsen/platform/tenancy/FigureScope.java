package nl.werkplaatsen.platform.tenancy;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * Which werkplaatsen the current caller may count in aggregate figures (the monitor's
 * results, the national KPIs), and whether small groups are hidden from them: a
 * werkplaats's admins and coordinators count their own werkplaats, network coordinators
 * any, the ministry's analysts any with small groups suppressed; no one else.
 *
 * @param werkplaatsen the werkplaatsen to count; null for all
 * @param suppressSmallGroups whether figures over few respondents are hidden (the
 * ministry)
 */
public record FigureScope(@Nullable List<UUID> werkplaatsen, boolean suppressSmallGroups) {

	/**
	 * The scope of the current caller asking for the given werkplaatsen (null or empty:
	 * all they may count); throws {@link AccessDeniedException} when they may count none
	 * of these figures or ask for a werkplaats not theirs.
	 */
	public static FigureScope ofCurrentCaller(@Nullable List<UUID> asked, String figures) {
		Actor actor = Actor.current();
		List<UUID> werkplaatsen = (asked != null && !asked.isEmpty()) ? List.copyOf(asked) : null;
		if (actor.isNetworkCoordinator()) {
			return new FigureScope(werkplaatsen, false);
		}
		if (actor.nationalRoles().contains(NationalRole.MINISTRY_ANALYST)) {
			return new FigureScope(werkplaatsen, true);
		}
		UUID own = actor.werkplaatsId().orElse(null);
		if (own != null && actor.kind() == Actor.Kind.PERSON
				&& actor.hasTeamRoleIn(own, TeamRole.ADMIN, TeamRole.COORDINATOR)) {
			if (werkplaatsen != null && werkplaatsen.stream().anyMatch((id) -> !id.equals(own))) {
				throw new AccessDeniedException("A werkplaats sees the " + figures + " of its own werkplaats only");
			}
			return new FigureScope(List.of(own), false);
		}
		throw new AccessDeniedException(capitalised(figures)
				+ " are for a werkplaats's admins and coordinators, network coordinators and the ministry");
	}

	/** The werkplaatsen as a SQL array parameter; null for all. */
	public UUID @Nullable [] asArray() {
		return (this.werkplaatsen != null) ? this.werkplaatsen.toArray(UUID[]::new) : null;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
