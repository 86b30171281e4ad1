package nl.werkplaatsen.werkplaats;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.team.TeamWerkplaatsen;

/** Tells the team module what it needs to know of a werkplaats. */
@Component
class TeamWerkplaatsLookup implements TeamWerkplaatsen {

	private final WerkplaatsRepository werkplaatsen;

	private final Tenancy tenancy;

	TeamWerkplaatsLookup(WerkplaatsRepository werkplaatsen, Tenancy tenancy) {
		this.werkplaatsen = werkplaatsen;
		this.tenancy = tenancy;
	}

	@Override
	public Optional<TeamWerkplaats> find(UUID id) {
		return this.tenancy.readNationally(() -> this.werkplaatsen.findById(id))
			.map((werkplaats) -> new TeamWerkplaats(werkplaats.getId(), werkplaats.getSlug(), werkplaats.isActive(),
					werkplaats.getBranding().origins()));
	}

}
