package nl.werkplaatsen.education;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamDirectory;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.team.TeamMember;

/**
 * Teachers' and experts' profiles: set by the werkplaats's admins and coordinators, shown
 * on {@code TeamMember.coachProfile} to whoever may see the team.
 */
@Controller
class CoachProfiles {

	private final CoachProfileRepository profiles;

	private final InstitutionRepository institutions;

	private final TeamDirectory teams;

	private final Tenancy tenancy;

	CoachProfiles(CoachProfileRepository profiles, InstitutionRepository institutions, TeamDirectory teams,
			Tenancy tenancy) {
		this.profiles = profiles;
		this.institutions = institutions;
		this.teams = teams;
		this.tenancy = tenancy;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Transactional
	CoachProfilePayload coachProfileSet(@Argument CoachProfileSetInput input) {
		UserErrors errors = new UserErrors();
		Optional<TeamMember> member = GlobalId.idOf(input.teamMemberId(), "TeamMember")
			.flatMap(this.teams::findOwnTeamMember)
			.filter((found) -> found.role() == TeamRole.TEACHER || found.role() == TeamRole.EXPERT);
		if (member.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "teamMemberId", "No teacher or expert with this id in your team.");
		}
		UUID institution = null;
		if (input.institutionId() != null) {
			institution = GlobalId.idOf(input.institutionId(), "Institution")
				.flatMap(this.institutions::findById)
				.map(Institution::getId)
				.orElse(null);
			if (institution == null) {
				errors.add(UserErrorCode.NOT_FOUND, "institutionId", "No such institution.");
			}
		}
		String company = errors.optionalText("expertCompany", input.expertCompany(), 200);
		String expertise = errors.optionalText("expertise", input.expertise(), 500);
		if (errors.any()) {
			return new CoachProfilePayload(null, errors.list());
		}
		CoachProfile profile = this.profiles.findById(member.get().getId())
			.orElseGet(() -> new CoachProfile(member.get().getId()));
		profile.describe(institution, company, expertise);
		return new CoachProfilePayload(view(this.profiles.save(profile)), List.of());
	}

	@BatchMapping(typeName = "TeamMember")
	Map<TeamMember, CoachProfileView> coachProfile(List<TeamMember> members) {
		Map<UUID, CoachProfile> byMember = this.tenancy
			.readNationally(() -> this.profiles.findByMembershipIdIn(members.stream().map(TeamMember::id).toList()))
			.stream()
			.collect(Collectors.toMap(CoachProfile::getMembershipId, Function.identity()));
		Map<UUID, Institution> institutions = this.institutions
			.findByIdIn(byMember.values()
				.stream()
				.map(CoachProfile::getInstitutionId)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Institution::getId, Function.identity()));
		return members.stream()
			.filter((member) -> byMember.containsKey(member.id()))
			.collect(Collectors.toMap(Function.identity(), (member) -> {
				CoachProfile profile = byMember.get(member.id());
				return new CoachProfileView(
						(profile.getInstitutionId() != null) ? institutions.get(profile.getInstitutionId()) : null,
						profile.getExpertCompany(), profile.getExpertise());
			}));
	}

	private CoachProfileView view(CoachProfile profile) {
		Institution institution = (profile.getInstitutionId() != null)
				? this.institutions.findById(profile.getInstitutionId()).orElse(null) : null;
		return new CoachProfileView(institution, profile.getExpertCompany(), profile.getExpertise());
	}

	record CoachProfileSetInput(String teamMemberId, @Nullable String institutionId, @Nullable String expertCompany,
			@Nullable String expertise) {
	}

	record CoachProfileView(@Nullable Institution institution, @Nullable String expertCompany,
			@Nullable String expertise) {
	}

	record CoachProfilePayload(@Nullable CoachProfileView coachProfile, List<UserError> userErrors) {
	}

}
